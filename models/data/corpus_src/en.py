# English (en). Hand-written for repwatch. Format: <label> <register> <case> <text>
DATA = """
# ---------------------------------------------------------------- reviews: positive
+ r pl Ordered the bike on Tuesday and it arrived Thursday, fully assembled and ready to ride.
+ r pl Lovely dinner at this little Italian place. Fresh pasta, friendly staff, fair prices.
+ r pl These headphones stay comfortable for hours and the noise cancelling is genuinely impressive on a plane.
+ r pl Spotless hotel, spacious room and a breakfast spread I'm still thinking about.
+ r pl Finally a banking app that makes sense. Everything I need is one or two taps away.
+ r pl My parcel turned up a day early and was packed really carefully. Great service.
+ r pl Couldn't put this book down, finished it in a single weekend.
+ r pl Beautiful film, gorgeous cinematography and a score that fits every scene.
+ r pl The engineer arrived on time, explained everything and the broadband worked straight away.
+ r pl Flight left bang on time, cabin crew were lovely and I actually had legroom.
+ r pl Returns were painless: print the label, drop it off, refund in two days.
+ r pl The latest update has made the app so much snappier. Nice work, devs.
+ r pl A year in and our e-bike hasn't had a single issue. Battery still lasts all week.
+ r pl The guy in the shop spent ages helping me compare laptops without any pressure to buy.
+ r pl Proper coffee, homemade carrot cake and a cosy atmosphere. My new Saturday spot.
+ r pl Train was clean, on time and the wifi actually worked. Who knew it was possible.
+ r pl Customer service at my energy supplier sorted my problem in one call. Impressed.
+ r pl Great quality fabric, the coat fits perfectly and keeps the rain out.
+ r pl The kids loved the show, we were all laughing from start to finish.
+ r pl Best washing machine we've ever owned: quiet, efficient, and the clothes come out properly clean.
+ r pl Got my new SIM activated over live chat in ten minutes flat.
+ r pl Sushi was fresh, well seasoned and delivery was quicker than quoted.
+ r pl Clear instructions, and the wardrobe was up in under an hour.
+ r pl Friendly bike mechanic, honest price, and my chain runs like new.
+ r pl Our mortgage adviser explained everything clearly with zero sales pitch.
+ r pl The camera on this phone is stunning, even in low light.
+ r pl Flat was right in the centre, spotless, and the host replied to every message within minutes.
+ r pl The motorway services sandwich was unexpectedly delicious. Who knew.
+ r pl My hairdresser actually listened, and the cut is exactly what I wanted.
+ r pl The dentist was so patient with my nervous little boy. He's asking when he can go back!
+ r pl Insurance claim paid out within a week, no chasing needed.
+ r pl The sleeper train to Edinburgh was a treat: clean cabin, slept well, arrived on time.
+ r pl Someone at the hardware store walked me to the right screws and threw in a handy tip.
# mild
+ r mi Decent vacuum, does what it says on the tin.
+ r mi Solid shoes for the price. Nothing special, but I'm happy with them.
+ r mi Hotel was fine. Room was small but clean, good enough for one night.
+ r mi Pretty good thriller. Not the author's best, but I wanted to know how it ended.
+ r mi For a budget airline it was perfectly acceptable. Seat was okay and we landed on time.
+ r mi Works well, no complaints so far.
+ r mi Arrived as described. Does the job.
+ r mi The app isn't flashy, but it's reliable and that's all I need.
+ r mi Reasonable lunch, fresh rolls and quick service. Would eat there again.
+ r mi Perfectly fine charger. Charges fast enough, doesn't overheat.
+ r mi Connection is stable and I get the speed I pay for. Nothing more to say, which is a good thing.
+ r mi Not fine dining, but for a midweek dinner it's good value.
+ r mi Decent router. Setup was painless and the signal covers the whole house.
# negation -> positive
+ r ng Not bad at all for the price, honestly.
+ r ng I didn't expect much but the food was far from bad.
+ r ng Never had a single problem with this shop in years of ordering.
+ r ng Not one issue during installation, it all worked first time.
+ r ng I can't fault them: quick, tidy and polite.
+ r ng Battery doesn't drain nearly as fast since the update. Lovely.
+ r ng Definitely not a waste of money, I use the air fryer almost every day.
+ r ng Never had a repair turned around this quickly. Unreal.
+ r ng I had my doubts, but I don't regret it for a second.
+ r ng For a refurbished phone it doesn't look bad at all, barely a scratch.
+ r ng Can't say I was disappointed in the slightest.
# comparative / intensifier
+ r co Much faster than my old provider, and cheaper too.
+ r co This version of the app is miles better than the old one, dark mode at last.
+ r co The new restaurant is a big step up from the one that used to be there, especially the desserts.
+ r co I'd take this raincoat over the designer one any day. Better fit, half the price.
+ r co The sequel is even more gripping than the first book.
+ r co This year's festival was better organised than ever: shorter queues, more toilets.
+ r in Absolutely outstanding service, every detail taken care of!!
+ r in Hands down the best pizza in town.
+ r in Stunning hotel. The sea-view room was honestly breathtaking.
+ r in Sooo happy with my new road bike, it feels incredibly light.
+ r in Seriously brilliant removals team, not a scratch on anything.
+ r in Ridiculously good tiramisu, I still dream about it.
# mixed -> positive
+ r mx Delivery was a week late, but the sofa is gorgeous and so comfortable. Worth the wait.
+ r mx It's on the pricey side, but the food is good enough that I don't mind paying.
+ r mx Tiny scratch on the casing, otherwise an excellent laptop that boots in seconds.
+ r mx Check-in took forever, but after that everything was spot on.
+ r mx Slow start, but from chapter four onwards I couldn't put it down.
# emoji / typo
+ r em New trainers arrived 😍👟 fit like a glove!
+ r em Best burger in Leeds 🤤🔥
+ r em 👍👍👍 fast delivery, great product
+ r em Our weekend away was just perfect 🏨☀️🥂
+ r em Balcony room with a sea view 🌊😎 can't complain
+ r ty really great shop, staff are super freindly and actually know their stuff
+ r ty quick delivery and well packed, would deffo order again
+ r ty very happy with the bike mechanic, good price and proper job done

# ---------------------------------------------------------------- reviews: negative
- r pl Left earbud died after two weeks. Complete waste of money.
- r pl Cold food, lukewarm coffee and we had to ask three times for the bill.
- r pl Room stank of smoke and the shower wouldn't drain. Never again.
- r pl Wifi on the train almost never works and half the sockets are broken.
- r pl My bike was at the shop for three weeks and the mudguard still rattles.
- r pl Tracking says delivered, but nothing arrived. Customer service won't answer.
- r pl Badly written book, flat characters and an ending that makes no sense.
- r pl Boring film. Two hours in which almost nothing happens.
- r pl Since the last update the app crashes every time I try to upload a photo.
- r pl The engineer never showed up and nobody called. Took a whole day off for nothing.
- r pl Lost my luggage on a fifty-minute connection and five days later there's still no news.
- r pl Mattress started sagging at the edge after a month. Warranty claim rejected.
- r pl At checkout a service fee suddenly appeared that wasn't mentioned anywhere.
- r pl The vacuum is deafening and the battery is dead after ten minutes.
- r pl They sent the wrong size and I had to pay return postage myself.
- r pl Rude staff at the front desk, didn't even look up from his screen.
- r pl Internet drops every evening between eight and ten, exactly when everyone's home.
- r pl The bank took the payment twice and it'll be weeks before I see it back.
- r pl Pizza came after ninety minutes, cold and with the wrong toppings.
- r pl A black patch appeared on the tablet screen after three months.
- r pl The app wants access to my contacts and location. It's a calculator. Deleted.
- r pl Overbooked flight, six hours waiting for the next one and no compensation offered.
- r pl Birthday cake had the wrong name on it and the cream tasted sour.
- r pl Overpriced, tiny portions, and we were seated next to the toilets. Avoid.
- r pl Shoes came apart at the sole after wearing them three times.
- r pl You can only cancel by phone, and you can't get through even after half an hour on hold.
- r pl Car park is a rip-off and half the pay machines were broken.
- r pl The lamp has flickered since day one and the replacement does exactly the same.
- r pl The app goes down twice a week and the chat takes ages to reply.
# negation
- r ng Not great. Quality is poor for what you pay.
- r ng The hotel was nothing like the photos, not even close.
- r ng Wouldn't recommend. It doesn't do what it says on the box.
- r ng I won't be ordering from here again.
- r ng Never experienced customer service this bad.
- r ng The bike isn't exactly light, and the gears don't shift smoothly either.
- r ng The delivery times on their website are nowhere near accurate.
- r ng The film wasn't as good as everyone said. Not by a long shot.
# sarcasm
- r sa Brilliant, another three weeks waiting for a spare part 🙄
- r sa Great, a charger that melts after two days. Real quality.
- r sa Fantastic service: two hours on hold and then cut off.
- r sa Lovely, a 'luxury suite' overlooking the bins.
- r sa Thanks for the 'express delivery', parcel arrived after nine days.
- r sa Oh good, another update that makes everything slower. Well done.
- r sa Delicious airline food, if you like cardboard.
- r sa Genius idea, a new bike shelter that's already full and costs money.
# mixed -> negative
- r mx Staff were friendly, but the room was dirty and the bed creaked all night. Won't be back.
- r mx Nice design, I'll give them that, but half the buttons stopped working within a month.
- r mx Pasta was fine, but we waited an hour for it and the bill was steep. Shame.
- r mx Good camera, but the battery is so bad it needs charging by lunchtime. Regret buying it.
- r mx Promising start, then the series turns into a mess you have to slog through.
# comparative / intensifier
- r co Worse than the previous version, and that one wasn't great to begin with.
- r co The competitor charges less and gives you twice the data.
- r co The packaging got smaller but the price went up.
- r co Slower than my six-year-old laptop. How do you even manage that.
- r in Easily the worst courier ever, they just chuck parcels over the fence.
- r in Incredibly disappointed with this hotel, absolutely everything was filthy.
- r in Massively overpriced and massively bad.
- r in Utterly useless app, crashes constantly!!!
# emoji / typo
- r em Parcel arrived smashed 📦💥😡
- r em 👎👎 never again
- r em Three hour delay ✈️😤 and not a single apology
- r ty terrible servcie, nobody answers the phone and emails get ignored
- r ty courier left the box out in the rain, everything soaked thru
- r ty cant believe the wait times at customer service, an hour on hold every single time

# ---------------------------------------------------------------- reviews: neutral
0 r pl Ordered Monday, delivered Wednesday. The product matches the photos.
0 r pl The jacket comes in three colours; I went for navy in a medium.
0 r pl Hotel is a ten-minute walk from the station. Breakfast isn't included in the rate.
0 r pl I mainly use the app to check my balance and move money into savings.
0 r pl Seven gears, coaster brake and a rear rack that takes two panniers.
0 r pl Runtime is about two hours ten. Subtitles available in English and Spanish.
0 r pl There were six of us and we'd booked a table for seven o'clock.
0 r pl The laptop ships with a US keyboard layout, which was stated in the listing.
0 r pl Ordered through the app, paid by card and collected from the pickup point.
0 r pl The flight had a stopover in Frankfurt of about an hour and a half.
0 r pl It's the third book in a series, but it works as a standalone.
0 r pl I went for the 20 GB plan on a twelve-month contract.
0 r pl The vacuum weighs 2.5 kg and comes with a crevice tool and an upholstery brush.
0 r pl Second order from this shop, a set of saucepans this time.
0 r pl Room on the fourth floor, there's a lift. Parking in the garage next door.
0 r pl Tripod extends to 1.6 metres and comes with a carry bag.
0 r pl We booked the all-inclusive package for a week in September.
0 r pl My son uses the app for maths homework, mostly the practice quizzes.
0 r pl Sofa comes in fabric or leather; lead time for fabric is six weeks.
0 r mi It's okay. Not good, not bad.
0 r mi A completely average pizzeria, the kind every town has ten of.
0 r mi Does the job, but there are cheaper alternatives that do the same.
0 r mi Hotel was alright, nothing to write home about and nothing to complain about either.
0 r mi Some chapters are strong, others drag. An average read overall.
0 r mi Not sure I'd recommend it, it really depends what you're after.
0 r mi Typical Sunday afternoon film. You watch it, then you forget it.
0 r mi Standard coffee machine. It makes coffee, that's about all I can say.
0 r mi Neither better nor worse than the last version of the app.
0 r mx Food was excellent, service painfully slow. It evens out, really.
0 r mx Good camera and screen, weak battery. Pros and cons, like every phone.
0 r mx Great location, dated rooms. You get what you pay for.
0 r mx Delivery was quick, the product itself is a bit underwhelming. Still deciding whether to keep it.
0 r mx Strong cast, weak story. Honestly not sure what I think.
0 r co About as fast as my previous laptop, just a bit lighter.
0 r co Same price as every other shop round here.
0 r co These pans are slightly heavier than the supermarket's own brand, otherwise similar.
0 r ty ordered friday, arrived monday by royal mail, came in a box with paper padding
0 r ty the rom had two single beds and a small desk by the window

# ---------------------------------------------------------------- complaints
- c pl I've been waiting four weeks for a refund on a returned order. Please respond.
- c pl I've called three times about the fault and each time I'm told they're 'working on it'.
- c pl My subscription was renewed without my consent. I want it cancelled immediately and my money back.
- c pl The bus drove straight past me while I was waving at the stop. Third time this month.
- c pl You've charged me £49 for a service I never signed up for.
- c pl Your driver delivered my parcel to a house two streets away. How do I sort this out?
- c pl I submitted a complaint through the form three weeks ago and have heard nothing.
- c pl Our flight was cancelled and the voucher we got can't be used on your website.
- c pl Since switching to you my energy bill has almost doubled, with no explanation.
- c pl The cashier was rude to me because I wanted to pay in cash.
- c pl New fridge, and the door won't close properly. Earliest engineer visit is in four weeks.
- c pl The 7:42 has been at least fifteen minutes late every day for two weeks.
- c pl Why do I have to upload my ID for the third time? This is absurd.
- c pl My warranty claim was refused because I supposedly 'misused the product'. That simply isn't true.
- c pl I've driven to the pickup point twice and both times my parcel wasn't there.
- c pl The hire car had an empty tank even though the contract said 'full', and now I'm being charged.
- c pl Ten days without internet since moving and nobody can tell me when it'll be fixed.
- c pl My complaint was marked 'resolved' without anyone contacting me.
- c pl The restaurant lost our booking and we had to go home with two small kids.
- c pl I'm formally appealing the parking fine from your app, the session was definitely running.
- c pl Second faulty dishwasher delivered in a row. I've had enough.
- c pl Customer service sends me to the shop, the shop sends me back to customer service.
- c pl Your chatbot doesn't understand a single question and there's no phone number anywhere.
- c pl There was glass in my salad. I expect a serious response.
- c pl I'm paying for 500 Mbps and barely getting 40. That's a breach of contract.
- c pl Our street hasn't been gritted in five days and the bin lorry didn't come either.
- c ng Nobody has called me back, despite three promises.
- c ng Still no reply to my email from two weeks ago. This isn't acceptable.
- c ng Item not delivered and money not refunded.
- c ng I never received an invoice, so I can't claim it back from work.
- c sa Impressive how you managed to send the same parcel to the wrong address three times.
- c sa Thanks for the automated email saying my complaint is 'important to you'. That was four weeks ago.
- c sa Many thanks for the 'free' subscription I'm now paying for every month.
- c in I'm absolutely furious. This is the most customer-hostile company I've ever dealt with.
- c in Deeply disappointed, totally unacceptable that this has dragged on for two months!
- c in Extremely frustrating that it's impossible to reach a human being.
- c ty called 3 times and each time they transfer me and the line drops, what is going on
- c ty parcel arrived damaged and the box had clearly been opened, i want a replacment
- c mx Nice that the agent apologised, but four weeks on the problem still isn't fixed.
- c mx The first engineer was helpful, the second appointment was simply forgotten. I've lost all trust.
- c em 45 minutes on hold ☎️😤😤
- c co Last year this took a few days, now I've been waiting months.
0 c pl I'd like to report a broken street light on the corner of Church Street and High Street.
0 c pl My bank card has expired; please send a replacement to my current address.
+ c pl I raised a complaint about my bill and it was sorted within a day. Thank you for that.
+ c ng My complaint was taken seriously without me even having to call. Didn't expect that, really appreciated it.

# ---------------------------------------------------------------- social
+ s pl Finally the weekend and the sun's out, what more could you want #bliss
+ s pl Shoutout to the delivery driver who carried my parcel up four flights in the pouring rain 🙏
+ s pl Tried the new coffee place on the corner today, what a great addition to the neighbourhood!
+ s pl @bikeworks thanks for the quick fix, she rides like a dream again
+ s pl So proud of our team, we won the regional hackathon! #teamwork
+ s pl That new podcast on local history is seriously worth a listen http://t.co/c7Lm3Qz
+ s pl Whoever made the office playlist today, you're a legend
+ s pl My gran did her first video call today and absolutely loved it
+ s pl Tiny bakery in the old town does the best croissants outside France, not even joking
+ s pl Cycled the coast path all day. Knackered but happy #cornwall
+ s pl Passed my driving test first time today!!! 🎉
+ s pl Neighbour patched my bike tyre this morning without me even asking. Absolute gem
+ s pl Thank you @nhs111 for the quick, kind help last night
+ s pl Just finished my first half marathon, legs are gone but I'm so proud
+ s ng Didn't think I'd like that series but it's actually not bad at all
+ s ng Never got through airport security this fast, no queue whatsoever
+ s ng I don't often say nice things about the trains but not a single minute late today
+ s ng Wasn't bored for a second at that show, go see it #theatre
+ s em 😍😍😍
+ s em Holiday booked ✈️🌴☀️ only 23 sleeps to go!!
+ s em Fresh strawberries from the market 🍓🍓 summer is here
+ s em new bike 🚲💨 buzzing 🥰
+ s em 🙌🙌 what a goal!!
+ s em Parcel 📦 from my favourite bookshop 📚✨ weekend sorted
+ s ty so happy with my new phnoe, finally a camera that takes decent pics
+ s ty cracking burger at that place by the harbour, u have to try it
+ s ty ty @webshop for the speedy delivry, ordered yesterday got it today
+ s in Gig of the year, absolutely unreal. Still getting goosebumps
+ s in Sooo happy with the new library in our area, it looks amazing 😊
+ s in Honestly the kindest nurses on this ward, they make all the difference
+ s mi New gym isn't bad, kit's clean and it's not too packed
+ s co New plan is cheaper and faster than the old one, that's how it should be
+ s mx Week started horribly, but we won the final tonight so all is forgiven 🏆
- s sa Brilliant, another three weeks waiting for a reply 🙄 #customerservice
- s sa What a party on the platform again. 25 min delay and the boards say nothing #commute
- s sa Great, my parcel has been 'delivered'. Just not to me. Top work @parcelco
- s sa Oh lovely, the app has been 'improved'. Now I can't log in. Cheers guys
- s sa Nothing says July like 12 degrees and sideways rain. Classic British summer
- s sa Love an hour on hold with that tune. I know all the words now
- s sa Oh fun, the price has gone up again. Third time this year. #subscription
- s pl So sick of my internet cutting out every evening @provider
- s pl Flight cancelled and nobody at the desk. Absolute chaos at the airport today
- s pl So many ads in that app now, just deleted it
- s pl Who decided the self-checkout only works with the app? Ridiculous
- s pl Third time this week my grocery order's been incomplete @supermarket. Can you sort it?
- s pl Seriously, five days waiting for an engineer and he turns up without parts
- s pl The council's new logo is genuinely ugly, who signs this stuff off
- s ng Never ordering from that site again, never
- s ng Can't believe the lift at the station is out of order AGAIN
- s em 😡😡😡 @courier
- s em Rain ☔️ traffic 🚗🚗🚗 and late for work 😩
- s em my parcel 📦➡️🗑️ thanks for that
- s ty why does cancelling a subscrption always take so long, ridiculous
- s ty no bus again this morning and no one tells you anythign, disgraceful
- s in Easily the worst match I've ever watched, what a shambles
- s in So unbelievably annoying having to click away cookie banners everywhere
- s mx Good film, but £14 a ticket plus £9 for popcorn is daylight robbery
- s co You used to be able to speak to a person, now it's just a chatbot
- s pl ngl the new update is trash, everything's in a different place for no reason
0 s pl Live from the trade show in Birmingham tomorrow from 9, come say hi at stand 12 #expo
0 s pl New blog post: how to look after your bike chain in winter http://t.co/k5Jd8rX
0 s pl Anyone know if the market's still on Saturday with the roadworks?
0 s pl From next week we'll be closed on Wednesdays, normal hours otherwise #openinghours
0 s pl Anyone got experience with fibre in south Bristol? Choosing between two providers
0 s pl Getting the train to York tomorrow, any tips for lunch near the station?
0 s pl First day at the new job today. Let's see how it goes.
0 s pl RT @council: From Monday 8am the canal bridge will be closed to cars for two weeks.
0 s pl Torn between a city bike and an e-bike. What do you all use for commuting?
0 s pl Thread on the new parking rules in the town centre, map further down 👇
0 s pl Stream starts at 8pm, link in bio
0 s pl What time does the Oxford Street store close on Sundays? @storechain
0 s pl Mid-move, internet isn't connected till next week so I'll be hard to reach
0 s pl Has anyone read the new one by that Irish novelist? Thinking of picking it up
0 s pl Poll: do you do your food shop online or in person?
0 s pl First snow of the year in the Highlands, forecasters expect a light frost tonight
0 s pl For anyone following along: the result is expected around midnight
0 s pl The solar panel webinar kicks off at 7 tonight, you can still sign up
0 s pl Does anyone know if the ferry's running normally tomorrow with this wind?
0 s em 📦 out for delivery, expected between 14:00 and 16:00
0 s em ☕️ + 💻 = Monday morning
0 s em 🤔🤔
0 s mi Installed the app update, haven't noticed any difference tbh
0 s mi That new series everyone's on about, meh, still watching but it's not really grabbing me
0 s mx Lovely weather today, rain again tomorrow. Typical
0 s ty anyone know when the last bus leaves town on sundays
0 s ty quick q, can you pay by credit card with you guys?

# ---------------------------------------------------------------- news
0 n pl The online retailer will open a new distribution centre in the Midlands next month, creating around 300 jobs.
0 n pl Rail fares will rise by an average of 4.5 percent from 1 January.
0 n pl The council will begin building a new cycle route between the centre and the station in April.
0 n pl The bank is adjusting the interest rate on savings accounts to 3.25 percent from 1 March.
0 n pl The supermarket chain opens a new store on Station Square on Saturday.
0 n pl The company said its quarterly results will be published on 24 October.
0 n pl The airline is adding three new destinations in southern Europe from the summer.
0 n pl The mobile operator will switch off its 3G network at the end of the year; customers with older handsets will receive a letter.
0 n pl The museum is closed for refurbishment until 15 May.
0 n pl The bike maker has appointed a new chief executive, who starts on 1 June.
0 n pl According to official figures, consumers bought more second-hand clothing last year than the year before.
0 n pl The energy supplier is recalculating monthly direct debits based on last year's usage.
0 n pl Under the new timetable, more peak-time trains will run between Leeds and Manchester.
0 n pl The electronics chain will offer repairs in ten of its stores from next year.
0 n pl The app is now also available in Welsh.
0 n pl Because of engineering works there are no trains between Reading and London this weekend; replacement buses are running.
0 n pl The department store is moving to a smaller unit on the same street in September.
0 n pl The bookshop is hosting a signing with the bestselling author on 12 November.
0 n pl Press release: the insurer will announce next year's premiums on 12 November.
0 n pl The hotel group is acquiring four hotels in Belgium. Financial terms were not disclosed.
0 n pl From this week customers can pay by phone at parking machines.
0 n pl The film festival will publish its full programme on Thursday.
0 n pl The postal service will deliver letters only three days a week in rural areas, the company said.
0 n pl The transport operator will trial contactless payment on buses in two counties from March.
0 n pl Production of the new model starts in spring, with deliveries expected from June.
0 n pl The company had around 1.2 million customers in the UK and Ireland at the end of last year.
0 n pl Wednesday will be dry with sunny spells and highs of 17 degrees.
0 n pl New rules on taking back old electrical items in shops apply from 1 July.
0 n pl The customer helpline will be closed on Easter Monday; live chat remains available.
0 n pl The housing association will start insulating 240 homes on the estate after the summer.
0 n pl The merger between the two retailers still needs approval from the competition regulator.
0 n pl The pharmacy chain will start handling prescriptions online from October.
0 n pl The city council presents next year's budget next week.
0 n pl The airport expects roughly the same number of passengers this summer as last year.
0 n mx Sales at the chain rose 3 percent, while profit dipped slightly due to higher wage costs.
0 n ty new opening hours from 1 sept: mon-fri 9-6, sat 10-5, closed sundays
+ n pl The bank is scrapping card fees outside Europe. Good news for travellers.
+ n pl The hospital reports that waiting times for knee operations have been cut in half.
+ n pl Record numbers at the newly reopened museum: 80,000 visitors in the first month.
+ n pl The manufacturer is voluntarily extending the warranty on all washing machines to five years.
+ n pl From next year children under twelve will travel free on public transport across the county.
+ n pl Good news for staff: the factory stays open and fifty new jobs are being created.
+ n in The local bakery has won the national award for best bread, a fantastic achievement.
+ n co Passengers are clearly more satisfied with the trains this year than last, the survey shows.
+ n pl The new footbridge was finished ahead of schedule and under budget.
+ n pl The supermarket is cutting prices on more than a hundred staples such as bread, milk and vegetables.
- n pl Holiday flights have been cancelled en masse this summer, leaving thousands of travellers stranded.
- n pl The company is cutting 400 jobs and closing two sites in the north.
- n pl A major outage left the bank's customers unable to pay or log in for hours.
- n pl Data belonging to more than 200,000 of the retailer's customers was exposed in a breach.
- n pl The chain has gone into administration and its stores will remain closed for now.
- n pl The regulator has fined the telecoms firm for misleading advertising.
- n in Severe rail disruption: trains around the city were completely halted for the entire morning rush hour.
- n co Customer satisfaction at the energy supplier has fallen sharply compared with last year.

# ---------------------------------------------------------------- questions
0 q pl Can I still change my order if it's already been dispatched?
0 q pl What are the opening hours of your Cambridge store on Thursday evenings?
0 q pl How long does it usually take for a return to be processed?
0 q pl Do you offer cycle-to-work schemes for self-employed people?
0 q pl Is it possible to add a checked bag after I've already checked in?
0 q pl What size should I get if I'm usually between a 9 and a 10?
0 q pl Does this charger work with the older model of the tablet?
0 q pl Can we check in at 11am or is it only from 3pm?
0 q pl How do I turn off recurring payments in the app?
0 q pl Are there gluten-free options on the menu?
0 q pl Do I need a new router if I'm moving within the same city?
0 q pl Is there somewhere at the station where I can leave my bike for a week?
0 q pl When is the second book in the series coming out in paperback?
0 q pl Do I need an appointment for a repair or can I just walk in?
0 q pl How much does it cost to upgrade to unlimited data mid-contract?
0 q pl Where can I find the invoice for my last order?
0 q pl Do you have this sofa in dark green fabric as well?
0 q pl Does the offer also apply to orders placed through the app?
0 q pl Is the restaurant wheelchair accessible?
0 q pl What's the difference between the basic and the plus plan?
0 q pl Are there extra trains into London on New Year's Eve?
0 q pl Can I take a power bank in my hand luggage?
0 q pl Can the app be used without creating an account?
0 q pl What's the minimum spend for free delivery?
0 q pl How long is the warranty on the e-bike battery?
0 q pl Can you deliver to a pickup point instead of my home address?
0 q pl Does the room have air conditioning?
0 q pl Where can I drop off my old phone for recycling?
0 q pl I'd like to open an account for my ten-year-old daughter. What documents do I need?
0 q pl Hi, I ordered a chair last week. Do you know when it'll be delivered?
0 q pl Do you ship to the Channel Islands?
0 q pl Could I book a table for eight on Friday evening?
0 q ty how do i reset my password if i cant access my old email anymore
0 q ty is there any parking near your shop?
0 q ty when does the bristol store reopen after the refurb
0 q em Is the new collection in yet? 👗👀
0 q co Is the grey version as sturdy as the black one, or is the material different?
0 q co Which works out cheaper, a season ticket or single fares if I travel twice a week?
- q pl Why does it take three weeks to process a simple refund?
- q pl How many times do I have to call before someone actually fixes my problem?
- q pl Why is nobody answering my emails? I've been waiting ten days.
- q pl How is it possible that I've received a broken product for the third time?
- q sa Is it normal for 'express delivery' to take two weeks, or is that a joke at your end?
- q pl Who is actually responsible for mistakes like this at your company?
- q in What on earth is wrong with your customer service??
- q ng Why has nobody turned up when the appointment was last week?
- q pl Can someone explain why my bill is suddenly £40 higher when I haven't changed anything?
- q ty why havent i been able to log in for 2 days, i need to pay my bills
- q em Where is my parcel?? 😤 12 days in transit
- q sa Do I really have to sit on hold for another half hour just to hear they'll 'escalate it'?
+ q pl Do you sell gift cards? Everything was so good last time that I'd love to treat someone.
+ q pl Do you have that gorgeous sourdough on Sundays too?
+ q in When are you opening in Manchester? That would be amazing!
+ q em Is there going to be a season two? I'm hooked 😍

# ---------------------------------------------------------------- politics / opinion / daily life
+ p pl Good to see the council finally investing in safe cycle lanes around schools.
+ p pl Sensible decision by the government to make public transport cheaper for young people.
+ p pl What a performance from the national team, attacking football at last.
+ p pl So glad the village library is staying open, it's the heart of the community.
+ p pl Glorious spring day, the whole park was full of happy people.
+ p pl Respect to all the volunteers who cleaned up the beach today.
+ p pl The new mayor actually listens to residents, and it shows.
+ p pl The village fete was as lovely as ever, young and old dancing together.
+ p pl Really pleased we're finally getting a GP surgery in the area.
+ p pl Fair play, the new manager has turned this squad into a proper team again.
+ p pl Brilliant initiative, free swimming lessons for every child in the borough.
+ p pl Our youth team won the league and half the town turned out to cheer them.
+ p ng The new town centre plan is nowhere near as daft as the opposition claims.
+ p ng I'm no fan of the party, but this social care proposal isn't bad.
+ p ng Moving the market didn't turn out badly at all, it's actually nicer now.
+ p mi The deal isn't a miracle cure, but it's a reasonable step in the right direction.
+ p co Last night's debate was far more substantive than the previous one, well done.
+ p co Buses round here have really improved, more frequent and actually on time.
+ p in What an incredible end to the season, unbelievably tense right up to the final whistle!
+ p em Into the semi-finals 🏴󠁧󠁢󠁥󠁮󠁧󠁿🦁🔥
+ p mx The weather was all over the place, but the town festival was still a huge success.
+ p ty good that more money is going into schools, about time
- p pl Disgraceful that the council is cutting youth services yet again.
- p pl All those turbines right next to the estate, and nobody asked the people who live here.
- p pl Rents in this city are simply unaffordable for young people now.
- p pl Another shocker of a match, the defence was like a sieve.
- p pl Fourth rainy Saturday in a row. It's really getting me down.
- p pl The government promises the world and delivers nothing.
- p pl Ridiculous that the swimming pool closes for maintenance in the middle of the summer holidays.
- p pl Loud music from next door all evening, and it's a Tuesday. I've had it.
- p pl Not a police car in sight, even though bikes get nicked at the station every night.
- p pl Yesterday's result is a huge letdown for anyone who wanted a fair competition.
- p sa Really clever to dig up every road at once in rush hour. Great planning, council.
- p sa Bravo, yet another inquiry that achieves nothing. Taxpayers' money well spent.
- p sa British summer: twelve degrees, wind and sideways rain. Lovely.
- p ng The homes they promised still haven't been built, and I doubt they ever will be.
- p ng No politician seems to understand what food costs these days.
- p in Truly depressing to see how the youth centre has been left to rot. Nobody takes responsibility.
- p co The junction has only become more dangerous since the 'improvements'.
- p mx A new square sounds nice, but felling fifty old trees for it is unacceptable to me.
- p em Taxes going up again 💸💸😩
- p ty food prices are insane now, a trolley of shopping is basically a luxury
0 p pl The council votes on the new parking policy on Thursday.
0 p pl According to the latest poll, the two largest parties are almost neck and neck.
0 p pl Tomorrow will be cloudy with a chance of showers in the north, staying dry in the south.
0 p pl The debate on housebuilding resumes after the recess.
0 p pl The club plays away at third-placed opponents on Sunday at 3pm.
0 p pl The minister is holding a press conference on the new measures tomorrow.
0 p pl Residents can comment on the plans for the new park until 1 March.
0 p pl I've read both manifestos and still don't know who to vote for.
0 p pl The traffic lights at the roundabout will change sequence from Monday, according to the local paper.
0 p pl There's a lot of debate this week about whether shops should open on Sundays.
0 p pl My neighbour votes Labour, I vote Tory, and we still have coffee together every Saturday.
0 p pl New street lights are being installed on our road over the next few weeks.
0 p pl The deadline for submitting signatures for the referendum is tomorrow.
0 p pl Tonight's match has been postponed until next Wednesday because of the weather.
0 p mx The new scheme has pros and cons, and it'll play out very differently from one area to the next.
0 p mx Some neighbours love the new cycle lane, others miss their parking spaces. I can see both sides.
0 p mi Honestly the new policy makes very little difference to me personally.
0 p co Turnout is about the same as four years ago, the returning officer says.
0 p ty residents meeting about the new planning proposals tomorrow at the community centre, starts 7pm
0 p em 🌧️🌧️☀️ forecast for the weekend: rain first, drier on Sunday
"""
