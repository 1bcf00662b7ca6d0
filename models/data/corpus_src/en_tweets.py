# English (en): tweets. Hand-written for repwatch (original text, no copied
# tweets). Noisy on purpose: @user, #hashtags, http links, RT, emoji, caps.
# Format: <label> <register> <case> <text>
DATA = """
# ---------------------------------------------------------------- positive
+ s pl what a goal in the 89th minute, i am SCREAMING #COYS
+ s in Absolutely buzzing for tonight's gig, been waiting six months for this 🎸🔥
+ s em Eid Mubarak to everyone celebrating 🌙✨ may your homes be full of love and food
+ s pl Merry Christmas from our little family to yours, hope the day is kind to you 🎄
+ s pl RT @user: Huge congratulations to the under-12s for winning the county cup today 🏆
+ s pl @user this thread made my whole morning, thank you for writing it
+ s ty soooo happy rn, got the job!!! start monday 😭😭
+ s pl That final episode was perfect. Cried, laughed, cried again. Ten out of ten #finale
+ s pl New album dropped at midnight and I've already played it four times. No skips http://t.co/a8Hq2Lp
+ s ng Gotta admit the remake isn't half bad, the cast actually pulls it off
+ s pl Blessed Ramadan to all my Muslim friends, wishing you a peaceful month 🙏
+ s pl Our local MP actually turned up to the flood meeting and listened. Respect where it's due
+ s pl The way this team fought back from 2-0 down tonight... proud to be a supporter
+ s em 😍😍😍 she said yes!!!
+ s pl Big shoutout to @user for organising the beach clean, over 200 bags collected today
+ s pl just saw the trailer and honestly chills. cannot wait for this film
+ s co This season is miles better than the last one, the writers finally found their groove
+ s pl happy diwali everyone 🪔 lights, sweets and family, the best time of year
+ s pl my cat learned to open the fridge. chaos. i love him #caturday
+ s in Seriously the best live vocals I've ever heard, she did not miss a single note
+ s pl RT @user: Library late openings are back from next week and honestly this is the news we needed
+ s pl Thank you to the nurses on ward 4, you made a scary week so much easier
+ s ty omg the bake off final tho 😭 so wholesome i cant
+ s pl Happy Easter all! Church was packed this morning and the choir was stunning
+ s mx Referee had a shocker but we still got the three points, I'll take it 😅
+ s pl Sunday roast at my nan's, football on, rain outside. Perfect day
+ s pl Proud of my little sister, first in the family to graduate 🎓
+ s ng Never thought I'd say this but Monday wasn't terrible today
+ s pl that podcast episode on burnout was so good, sending it to everyone I know http://t.co/Zp3kW9x
+ s pl FINALLY some good news for the high street, new bookshop opening on Bridge St!!
+ s pl Shabbat shalom friends, wishing you a restful weekend
+ s in This series is genuinely the funniest thing on telly right now, I'm crying laughing
+ s pl Cheers @user for returning my wallet with every single card still in it. Faith in humanity restored
+ s pl 1st marathon done!! 4:12, legs destroyed, heart full #londonmarathon
+ s em 🥳🥳 promoted!! drinks on me friday
+ s pl good morning to everyone except my alarm. jk it's sunny and i'm happy ☀️
+ s pl The new cycle lane on the high road is brilliant, got to work ten mins quicker
+ s pl Rewatched the whole trilogy this weekend and it still holds up beautifully
+ s pl That charity stream raised £40k overnight, the internet can be lovely sometimes
+ s co The new manager has us playing better football than we have in years
+ s pl gig review: small venue, tiny stage, MASSIVE energy. best £15 i've spent all year
+ s pl Love how the whole street came out to clap for the marathon runners this morning
+ s pl May God bless you and your families this Christmas and always 🙏
+ s ty cant stop listening to this song its sooo good http://t.co/Qe7Lm2B
+ s pl Thank you all for the birthday messages, feeling very loved today ❤️
+ s ng Not gonna lie, the debate was less boring than expected and both sides made decent points
+ s pl Our school choir got through to the national final!! so proud of these kids
+ s pl Grateful for friends who show up with soup when you're ill
+ s pl the sunset over the bay tonight was unreal, no filter needed
+ s in That documentary was absolutely incredible, everyone needs to watch it
+ s pl Well done to the council for finally fixing the potholes on our road 👏
+ s pl Kids' football coach deserves a medal, 20 six-year-olds and he never lost his cool
+ s pl Happy Guru Nanak Jayanti, sending love and light to all 🙏
+ s pl RT @user: Tickets for the free summer concert in the park are now live and they're gorgeous seats
+ s pl Just had the best bowl of ramen of my life in a tiny place near the station
# ---------------------------------------------------------------- neutral
0 s pl BREAKING: Parliament to vote on the housing bill on Thursday http://t.co/h2Xk9pL
0 s pl RT @user: Kick-off moved to 5.30pm on Saturday due to TV scheduling
0 s pl Government announces review of school funding formula, report due in spring http://t.co/R7vN2qE
0 s pl anyone know what time the match starts tonight?
0 s pl @user is the new episode out today or next week?
0 s pl Heavy rain forecast for the north west tomorrow, Met Office says
0 s pl Live now: the Chancellor's statement on the economy http://t.co/Ue5Rn8w
0 s pl Watching the debate tonight, will post thoughts after
0 s pl Team news: two changes from the side that started last weekend
0 s pl What's everyone doing for the bank holiday?
0 s pl Ramadan starts tomorrow evening according to the moon sighting committee
0 s pl The band has announced a UK tour for next autumn, dates on their site http://t.co/Ln4Bq1s
0 s pl Exit poll puts the two main parties within three points of each other
0 s pl @user which channel is showing the final?
0 s pl In the studio today recording episode 12, out next Tuesday
0 s pl Transfer update: club confirms talks with the striker's agent are ongoing
0 s pl New post on the blog about my garden layout http://t.co/W3eP0Lk
0 s pl Unemployment figures out at 9.30 this morning #economy
0 s pl currently on the train to Leeds, back online later
0 s pl Reading list for this month: two thrillers and a history book
0 s mx The film looks great but the story drags. Not sure how I feel about it tbh
0 s pl Church service times for Christmas Eve are 6pm and 11.30pm, all welcome
0 s pl The prime minister will visit the flood-hit towns on Monday
0 s pl Q3 inflation came in at 3.1 percent, in line with expectations http://t.co/D9cR4oT
0 s pl Anyone watching the snooker?
0 s pl RT @user: Polling stations open 7am to 10pm tomorrow. Bring photo ID
0 s pl Just moved to Bristol, any recommendations for Sunday lunch?
0 s pl Half time: 1-1. Both keepers busy
0 s mi the new single is fine i guess. not mad about it, not skipping it either
0 s pl Celebrity couple confirms split in joint statement http://t.co/M0kP3Tz
0 s pl Series 3 filming starts in Belfast next month according to the producers
0 s pl Road closed between junctions 4 and 5 tonight for resurfacing
0 s pl is it just me or has the app changed its logo again
0 s pl @user what was the name of the song in the last scene?
0 s pl Council meeting on the new bus routes is at 7pm in the town hall
0 s pl Our Sunday quiz night is back this week, teams of up to six
0 s pl Official: the match has been postponed due to a waterlogged pitch
0 s mi Watched the first two episodes. It's ok. Might carry on, might not
0 s pl Nominations for the music awards will be announced on Wednesday http://t.co/F8sY2mU
0 s pl Sunrise at 7:42 tomorrow, sunset at 16:10 #winter
0 s pl Thinking of switching from iPhone to Android, what should I know first?
0 s pl Lots of people in town today for the festival parade
0 s pl Minister says decision on the airport expansion will come after the summer
0 s pl This week's podcast guest is a former referee talking about VAR http://t.co/K6uJ1fR
0 s pl RT @user: Reminder that the clocks go back this weekend
0 s pl Poll: do you watch the news on TV or read it online?
0 s pl First day of Lent today for those observing
0 s pl Study finds most adults sleep under seven hours a night http://t.co/B5oT7sW
0 s pl Two goals each at the break, second half coming up
0 s pl The actor has been cast as the lead in a new crime drama, filming next year
0 s pl Grocery shop done, now laundry, then probably the match
0 s pl @user did you get the email about Thursday's meeting?
0 s mx great cast, weak script, lovely music. it sort of evens out
0 s pl The shortlist for the book prize has six novels on it this year http://t.co/X1vG5nH
0 s pl Marathon road closures start at 6am on Sunday, full map here http://t.co/J9bQ6dV
# ---------------------------------------------------------------- negative
- s pl three hours of delays and now the train's cancelled. brilliant start to the week #southern
- s sa Oh great, another reboot nobody asked for. Exactly what cinema needed 🙄
- s pl That penalty decision was a disgrace. Robbed again #VAR
- s in Absolutely furious with the council, they've cut the only bus to the hospital
- s pl RT @user: Another shop on the high street closing. Twenty jobs gone before Christmas
- s pl @user your app has logged me out five times today, sort it out
- s ty ugh this weather is sooo depressing, 3 weeks of rain
- s sa Love paying £9 for a pint that's half foam. Thanks London
- s pl the finale was a complete mess, years of build-up for THAT? #ruined
- s ng Not impressed with the new album at all, sounds like leftovers from the last one
- s pl Politicians promising cheaper energy every election and bills keep going up
- s pl Lost 4-0 at home. Embarrassing. Manager has to go
- s em 😡😡😡 two hours on hold and they hung up on me
- s pl RT @user: Hundreds of patients left waiting on trolleys overnight at the city hospital
- s pl Concert tickets sold out in 2 mins and now they're on resale for 5x the price. Disgusting
- s sa Fantastic, the heating broke on the coldest day of the year. Living the dream
- s pl Why is every show on streaming now split into two halves just to make us wait
- s pl my flight's delayed again, that's the third time this month with this airline
- s ng That debate was not a good look for anyone. Zero answers, just shouting
- s in Worst customer service I've ever had, genuinely shocking @user
- s pl Can't believe they axed the show after one season and left it on a cliffhanger
- s pl Another data breach. Another "we take your privacy seriously" email. Sure you do
- s pl These ticket prices are out of control, £120 to stand at the back of an arena
- s ty cant believe the ref didnt see that, absolute joke
- s pl Minister dodged every single question on the radio this morning. Pathetic
- s pl Been ill all week and now the GP can't see me until the 28th. Brilliant system
- s co The sequel is way worse than the original, flat jokes and no heart
- s pl Sad news this morning, the little cinema in town is closing for good
- s sa Oh wonderful, roadworks on the only road out of the village. Again
- s pl The hate in the replies to her post is honestly vile. Leave the woman alone
- s pl Spent 40 quid on a takeaway that arrived cold and missing the chips
- s em this monday 😩😩 everything that could go wrong did
- s pl RT @user: Factory closure confirmed, 600 workers to lose their jobs by March
- s pl Awful refereeing all game, both teams deserved better than that
- s pl Why is my phone bill up £8 this month with no warning @user
- s ng I didn't enjoy a single minute of that film and it was three hours long
- s pl The season's over for us after that injury, gutted for the lad
- s pl That interview was painful. He clearly hasn't read the report he's defending
- s in Seriously the most boring match I've ever sat through, 0-0 and no shots on target
- s pl Bus didn't show up AGAIN. 45 mins in the cold #fail
- s sa Nothing says "we value our customers" like a 40 minute queue and one till open
- s pl Heartbreaking pictures from the earthquake zone this morning
- s pl sick of the same three contestants getting saved every week, this show is rigged
- s pl RT @user: Rents up 12 percent in a year, students sleeping in cars
- s pl Wifi's been down since Friday and @user keeps saying "we're looking into it"
- s ty worst episode of the season tbh, nothing happened for 50 mins
- s pl They've put the price of the streaming plan up AGAIN and added adverts
- s pl So disappointed in this government, no plan for housing whatsoever
- s mx Nice venue and the support act was good, but the headliner played 40 minutes and left. Never again
- s pl This heatwave is unbearable, couldn't sleep at all last night
- s pl Missed my connection because the first train was late. Now stuck here for two hours
- s pl Can everyone stop using fireworks at 2am please, the dog is terrified
- s em 🙄🙄 another "exciting update" that removes features people actually used
- s pl Honestly fed up with the toxic fan accounts on here, it's just a game
- s pl Parking fine for being four minutes over. Unreal
# ---------------------------------------------------------------- additions
+ s pl honestly the new library café is the best thing to happen to this town in years
0 s pl Bin collection moves to Friday next week because of the bank holiday
- s pl Six weeks waiting for a dentist appointment and they cancel the day before. Joke
"""
