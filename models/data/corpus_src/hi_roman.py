# Hindi (hi): romanised Hindi / Hinglish tweets and short posts (Latin script,
# spelling as people type it on Twitter/WhatsApp: bohot/bahut, nahi/nhi,
# kya/kia). Hand-written for repwatch (original text, no copied tweets).
DATA = """
# ---------------------------------------------------------------- negative
- s pl yaar ye movie toh ekdum bakwaas thi 😤 paise aur time dono barbaad
- c pl @user 10 din ho gaye order kiye, abhi tak delivery nahi hui aur customer care phone hi nahi uthata
- c ty bhai jio ka network phir se gayab hai ghar me, ek call tak nhi lag rahi
- s sa wah indian railways, sirf 6 ghante late, kitni punctual service hai 👏🙄
- c pl @user mere account se 5000 kat gaye aur transaction failed dikha raha hai, refund kab milega??
- s pl kal raat bhar light nahi thi, garmi me neend hi nahi aayi 😩
- s ng is baar ka season bilkul accha nahi laga, story kahin jaa hi nahi rahi
- s pl kitni ghatiya batting thi aaj, 120 pe all out #INDvsSA
- s em 😡😡😡 phir se wahi traffic, 2 ghante se silk board pe atka hoon
- c pl @user aapka delivery boy parcel gate pe phek ke chala gaya, andar ka glass toot gaya
- s sa haan haan bilkul, har saal petrol ka rate badhna toh hamara janamsiddh adhikaar hai 🙃
- s pl itna expensive ticket leke bhi ac kaam nahi kar raha tha theatre me
- s in bohot hi zyada bekaar service hai is bank ki, kabhi account mat kholna
- q pl refund ke liye aur kitne mahine wait karna padega @user?? teen baar mail kar chuka hoon
- s pl naya phone 2 hafte me hi hang hone laga, pura paisa pani me gaya
- s ty yr kya bakwas episode tha aaj ka, writers ne dimag ghar pe rakh diya tha kya
- c pl @user tatkal ticket book karte waqt site crash ho gayi aur paise bhi kat gaye
- s co pichle saal ka mela isse kahin behtar tha, is baar sirf bheed aur gandagi
- s pl bas kar do ye roz roz ka power cut, pure mohalle ka kaam ruk gaya hai
- s sa kya baat hai, teesri baar "out for delivery" aur parcel phir bhi nahi aaya. great job 👍🙄
- s pl match fixing ki khabar sun ke dil toot gaya, ab kis pe bharosa karein
- s ng khana bilkul bhi garam nahi tha aur roti kachi thi, dobara nahi mangwaunga
- c ty @user internet speed 2 mbps aa rahi h jabki plan 100 ka liya hai, ye kya mazaak hai
- s pl RT @user: sheher ke sabse bade hospital me oxygen ki kami, mareezon ke ghar wale pareshan
- s em 🤬 kisi ne meri cycle chura li building ke neeche se
- s pl movie ka second half itna slow tha ki aadha hall so gaya
- s in ekdum pathetic umpiring, har decision ek hi team ke favour me #IPL
- c pl @user local train me aaj phir fan band, log pasine se nahaa rahe the
- s pl baarish ne pura road tod diya aur nagar nigam ko koi farak hi nahi padta
- s sa thank you @user, 45 minute hold pe rakhne ke liye, bohot maza aaya 🙂
- s ty kl se fever hai aur doctor ka appointment 5 din baad ka mila 😔
- s pl is serial me har hafte koi naya villain aa jata hai, ab toh pakaa diya
- s mx gaane acche the lekin kahani itni bekaar ki interval ke baad nikal gaye
- c pl @user 3 baar complaint ki phir bhi geyser theek karne koi nahi aaya
- s pl exam ka paper leak ho gaya, mahino ki padhai ka koi matlab hi nahi raha
- s ng ye phone ka camera utna accha bilkul nahi jitna ad me dikhate hain
- s pl bechare kisaan, fasal bhi kharab aur mandi me daam bhi nahi mil raha
- s em 😭😭 last ball pe haar gaye, ab neend nahi aayegi
- c pl @user app update ke baad login hi nahi ho raha, OTP aata hi nahi
- s pl 200 rupay ka popcorn aur woh bhi basi, multiplex wale loot rahe hain
- s sa wah kya kismat hai, chhutti ke din hi server down, bilkul perfect timing 🙄
- s pl office wale weekend pe bhi call karte hain, ab toh thak gaya hoon
- s in sabse bekaar airline hai ye, flight cancel aur ek sorry bhi nahi bola
- c ty @user mera sim achanak band ho gya, store wale bol rahe kal aana, kal bhi yahi bola tha
- s pl ground pe itni baarish ki match hi cancel, 3 ghante ki journey bekaar gayi
- s pl hero ki acting dekh ke lagta hai script padhi hi nahi thi
- q pl bhai ye atm har baar "out of service" kyu rehta hai? pure area me ek hi hai
- s co naya update purane wale se bhi zyada slow hai, battery bhi jaldi khatam
- s pl RT @user: factory band hone se 800 mazdooron ki naukri chali gayi
- s ty mummy ki dawai wali parcel 1 hafte se atki padi h, koi batane wala nhi
- s pl shaadi me khana itni der se laga ki aadhe mehmaan bina khaye chale gaye
- s sa oh great, ek aur reality show jahan sab log bas rote hain. bilkul naya concept 😒
- c pl @user gas cylinder book kiye 12 din ho gaye, abhi tak nahi aaya
- s ng team ne koi fight back nahi kiya, bas ghutne tek diye #WorldCup
- s pl bijli ka bill is mahine double aa gaya, meter me hi gadbad hai
- s em 💔 favourite dhaba band ho gaya, bachpan ki yaadein thi wahan
- s pl ye naya flyover 6 mahine me hi toot raha hai, kitna ghotala hua hoga
- c pl @user coach me itne cockroach the ki poori raat baith ke kaati
- s in ati bakwaas trailer, poore 2 minute me ek bhi acchi line nahi
- s pl kal interview tha aur rickshaw wale ne galat jagah utaar diya, late ho gaya 😞
- s pl bank wale kehte hain server down hai, kal aana. roz yahi bahana
- s ty yaar insta pe itne scam ads aa rahe hain, mummy ke 2000 doob gaye
- s sa bohot khoob @user, paanch din me "24 hour delivery", record banaoge aap toh 👏
- s mx hotel ka view accha tha par room itna gandaa ki dobara kabhi nahi jaunga
- s pl padosi raat 2 baje tak DJ bajate hain, pulice ko bola toh koi nahi aaya
- c pl @user paid subscription lene ke baad bhi ads aa rahe hain, ye dhokha hai
- s pl mera favourite character ko aise maar diya? writers ko sharam aani chahiye
- s pl school ki fees phir se 20 percent badha di, middle class kya kare
- s em 🙄🙄 phir se "network busy", sirf 2 baar baat karni thi ghar pe
- s ng customer care wale ne ek bhi sawaal ka seedha jawab nahi diya
- s pl RT @user: hadse ke baad highway 8 ghante jaam, kai log ghayal
- s pl biryani me chicken dhoondna pada, sirf chawal hi chawal 😑
- q pl 3 mahine se pension kyu nahi aayi? kaun jawab dega @user
- s co doosre operator me switch karke galti kar di, pehle wala kahin behtar tha
- s ty kya faltu commentary thi aaj, aadha time apni hi taarif karte rahe
- s pl 4 saal ho gaye, sadak ab bhi waise ki waise, sirf wade hi wade
- s sa haan ji, 8 baje ki train 11 baje aayi, "sahi samay" ka naya matlab seekha aaj 🙂
- c pl @user washing machine ki installation ke liye 4 din se technician ka wait kar raha hoon
- s pl captain ke galat decisions ne match haar diya, sabki mehnat bekaar
- s pl garmi 46 degree aur hostel me pani hi nahi aa raha 😫
- s in itna zyada overhyped album hai, ek bhi gaana dimaag me nahi ruka
- s pl kal ki party me kisi ne mera phone tod diya aur maana bhi nahi
- c ty @user emi auto debit 2 baar kat gaya, bhai paise wapas karo jaldi
- s ng do ghante wait kiya par doctor sahab aaye hi nahi
- s em 😤😤 parking wale ne 100 ki jagah 300 le liye
- s pl shooting ki wajah se pura bazaar band, dukaan waalon ka nuksaan
- s pl dost ne birthday pe bhi call nahi kiya, bura laga sach me
- s sa kya mast sarkari daftar hai, ek stamp ke liye 7 khidki ghumaya 👌🙃
- c pl @user cab driver ne ride cancel karke bhi cancellation fee le li
- s pl ek hafte se nal me ganda pani aa raha hai, bacche beemar pad rahe hain
- s pl fans ko itna lamba wait karwaya aur show sirf 40 minute ka
- s mx bowlers ne jaan laga di lekin batsmen ne sab khatam kar diya, sharmnaak haar
- s ty yrr kab tak ye online class ka drama, net hi nahi chalta gaon me
- s pl phir se lockdown ki afwah, dukandaar pehle se hi pareshan hain
- q pl jab seat confirm thi toh TTE ne kisi aur ko kaise de di? @user jawab do
- s pl nayi car ki service ke liye 3 baar jaana pada, phir bhi aawaz aa rahi hai
- s co ye wala biscuit pehle se chhota bhi ho gaya aur mehenga bhi
- s pl sooraj dhalte hi gali me andhera, streetlight 2 mahine se kharab
- s em 🥲 meri biryani kisi aur ke ghar deliver ho gayi
- s pl neta ji chunav ke baad ek baar bhi gaon nahi aaye
- s sa bas yahi baaki tha, ab toh lift bhi band aur main 11th floor pe. zabardast 🙄
- c pl @user cashback ka wada kiya tha, 2 mahine ho gaye koi cashback nahi aaya
- s pl award show me phir wahi log jeet gaye, pura setting ka khel hai
- s in bilkul ghatiya quality ka kapda, ek wash me rang utar gaya
- s pl kutte ne kaat liya aur sarkari hospital me injection hi khatam
- s ng unhone ek bhi wada poora nahi kiya, na naukri na sadak
- s pl dhoop me 3 ghante line me khade rahe aur ration khatam bol diya
- s ty bhai metro me itni bheed ki saans lena mushkil ho gya aaj
- c pl @user 2 hafte se broadband ka router kharab hai, har din bolte ho kal engineer aayega
- s pl mera exam centre 60 km door de diya, koi sense hai iska?
# ---------------------------------------------------------------- neutral
0 n pl kal se bank band rahega, RBI ka notice aaya hai
0 n pl RT @user: Mumbai me kal subah 6 baje se paani ki supply 12 ghante band rahegi
0 n pl India vs Australia pehla test match shukravaar se Nagpur me shuru hoga
0 q pl koi bata sakta hai ki passport renewal ke liye kaun se documents chahiye?
0 s pl aaj office se jaldi nikal raha hoon, ghar pe mehmaan aa rahe hain
0 n pl mausam vibhag ke mutabik agle 3 din halki baarish ho sakti hai
0 q ty bhai kisi ke paas 12th ke physics notes h kya? kal lena tha
0 s mi movie theek thak thi, na bohot acchi na bohot buri
0 n pl RT @user: lok sabha ka monsoon session 20 july se shuru hoga
0 q pl @user mera order abhi kahan tak pahuncha hai? order id 4471 hai
0 s pl kal raat 2 baje tak match dekha, aaj thoda late uthunga
0 n pl petrol aur diesel ke daam aaj bhi wahi rahe, koi badlaav nahi
0 s mx pehla half mast tha, doosra half slow. overall samajh nahi aa raha kya bolu
0 q pl kya Diwali pe bhi metro ka time same rahega ya badlega?
0 s pl ghar shift kar raha hoon agle hafte, bahut saara packing baaki hai
0 n pl chunav aayog ne teen rajyon me matdaan ki tareekhein ghoshit ki
0 s pl aaj lunch me rajma chawal bane hain, sham ko market jaana hai
0 q ty @user kya ye plan me netflix bhi included h ya alag se lena padega?
0 n pl nayi train Delhi se Dehradun ke beech hafte me 5 din chalegi
0 s mi naya phone aa gaya, abhi tak theek hi lag raha hai, dekhte hain
0 s pl kal ka match 7:30 baje start hoga, toss 7 baje #INDvsENG
0 n pl RT @user: CBSE 12th ke results agle hafte aane ki sambhavna
0 q pl koi accha pg bata sakta hai Koramangala ke paas? budget 10k tak
0 s pl aaj gym ka pehla din tha, kal se subah 6 baje jaana hai
0 n pl shehar me naye traffic niyam 1 tarikh se laagu honge
0 s mx khana swaad tha par bohot mehenga, pata nahi dobara jaunga ya nahi
0 q pl @user kya main online hi apna address change kar sakta hoon ya branch aana padega?
0 s pl didi ki shaadi ki taiyari chal rahi hai, is baar ghar pe hi function hai
0 n pl sarkar ne GST council ki agli baithak 15 tarikh ko bulayi
0 s em 🤔 socha raha hoon naya laptop lu ya purana theek karwau
0 n pl RT @user: kal se sabhi school subah 8 baje ki jagah 9 baje khulenge
0 q pl train number 12951 aaj kitne baje chal rahi hai koi bata sakta hai?
0 s mi concert thik tha yaar, kuch gaane acche the kuch bore
0 s pl mummy ne bola aaj sabzi lene tu jayega, toh mandi ja raha hoon
0 n pl RBI ne repo rate 6.5 percent par barkarar rakha
0 s pl aaj se ramzan shuru, office ka timing thoda badla hai
0 q ty bhai IPL ki ticket online kab se milegi koi idea?
0 n pl Bengaluru me aaj ka taapmaan 28 degree rehne ka anumaan
0 s pl weekend pe dosto ke saath Lonavala jaane ka plan hai
0 s mx hero ki acting acchi, heroine ki kamzor, mera toh mann beech me atak gaya
0 q pl @user kya aapke paas cash on delivery ka option hai?
0 n pl nayi film shukravaar ko 2000 screens par release hogi
0 s pl kal se naya semester shuru hai, timetable aa gaya group me
0 n pl RT @user: pradhan mantri aaj shaam 8 baje desh ko sambodhit karenge
0 q pl aadhaar ko pan se link karne ki last date kya hai abhi?
0 s pl abhi airport ja raha hoon, 10 baje ki flight hai Chennai ki
0 s mi khana ok ok tha, kuch khaas nahi par bura bhi nahi
0 n pl railway ne tyohar ke liye 200 special trains chalane ki ghoshna ki
0 q pl @user mera complaint number kya hai? message nahi aaya
0 s pl aaj ghar pe pooja hai, sab log subah 9 baje tak aa jayenge
0 n pl kal raat se Sensex me 300 point ki badhat, Nifty me halki giravat
0 s pl naya serial har somvaar se shukravaar raat 9 baje aayega
0 q ty koi bata do plz, dl ke liye test kahan dena padta h Pune me?
0 s pl kal chhutti hai toh socha bacchon ko museum le jaun
0 n pl RT @user: Kolkata airport par dhund ki wajah se 12 flights der se udengi
0 s mx battery badhiya hai lekin camera average, abhi decide nahi kiya rakhu ya return karu
0 q pl kya holi wale din bank khule rahenge?
0 s pl abhi abhi ghar pahuncha, kal subah phir se nikalna hai
0 n pl team ka elaan aaj hoga, 15 khiladiyon ke naam chune jayenge
0 s em 📍 Marine Drive, shaam 6 baje, koi aa raha hai?
0 q pl @user kya meri ticket ka pnr status check karne ka koi aur tarika hai?
0 n pl shehar me kal 2 ghante ke liye bijli ki katauti rahegi maintenance ke chalte
0 s pl aaj ka plan: laundry, bartan, aur fir thodi netflix
0 s mi series ka pehla episode dekha, abhi kuch keh nahi sakta
0 n pl nagar nigam ke chunav ki ginti kal subah 8 baje se shuru hogi
0 q pl kaunsa phone lu 20k ke andar? camera aur battery dono chahiye
0 s pl bhai ki shaadi December me hai, abhi se kapde dekh rahe hain
0 n pl RT @user: UPSC prelims ka admit card website par jaari
0 s pl aaj subah se baadal chhaye hain, dekho baarish hoti hai ya nahi
0 q ty @user mera parcel kis courier se aa raha h? tracking number nhi mila
0 s mx stadium ka mahaul zabardast tha par match ekdum one sided, mila jula din
0 n pl naye financial year se income tax ke kuch niyam badlenge
0 s pl chai banane ja raha hoon, kisi ko chahiye toh bata do
0 q pl kya Vaishno Devi yatra ke liye registration online hota hai?
0 n pl doosre ODI me toss jeet kar team ne pehle gendbazi chuni
0 s pl aaj ki meeting 3 baje se 4 baje ho gayi hai, sabko bata diya
0 s mi ye wala episode average laga, bas time pass
0 n pl RT @user: Shimla me aaj raat barf girne ka anumaan
0 q pl @user plan change karne ke liye kya karna hoga?
0 s pl nani ke ghar gaon ja rahe hain garmi ki chhuttiyon me
0 n pl sarkari daftar ab shanivar ko bhi khule rahenge, nayi adhisuchna jaari
0 s pl book fair me gaya tha, 3 kitaabein li, dekhte hain kab padhunga
0 q pl kya kisi ko pata hai ki naya iPhone India me kab launch hoga?
0 s mx service slow thi lekin staff polite tha, hisaab barabar
0 n pl shaadi ke season me sone ka bhaav 200 rupay badha
0 s pl kal se roz 30 minute walk karunga, dekhte hain kitne din chalta hai
0 q ty yrr kisi ko pata h kal college khula h ya nahi?
0 n pl RT @user: metro ki nayi line ka trial run agle mahine
0 s pl aaj dinner pe bahar ja rahe hain, jagah abhi tay nahi ki
0 s mi naya cafe try kiya, theek thaak tha, coffee normal
0 q pl @user kya main ek hi number pe do connection le sakta hoon?
0 n pl cricket board ne aane wale season ka schedule jaari kiya
0 s pl sham ko mummy papa ke saath mandir jaana hai
0 n pl 1 April se toll tax me naye rate laagu honge
0 q pl bachon ke liye koi acchi cartoon movie bataiye weekend ke liye
0 s pl kal ka game 8 baje hai, sab log time pe online aa jana
0 s em 👀 dekho kaun aaya hai shehar me, kal milte hain sab
0 n pl aaj raat chandra grahan dikhai dega, samay raat 11 baje se
0 q pl @user mera cheque book abhi tak dispatch hua ya nahi?
0 s pl abhi bus me hoon, 20 minute me pahunch jaunga
0 n pl kal se 3 din tak shehar me marathon ke kaaran kuch raaste band
0 s mi pizza chalne layak tha, bas normal sa
0 q pl train me tatkal booking subah kitne baje khulti hai?
0 s pl naye ghar ki chaabi kal milegi, shift hone me ek hafta lagega
0 n pl RT @user: bank ki sabhi branches me ab shanivar ko aadha din kaam
0 s mx acting top class, kahani kamzor, final verdict abhi pending
0 q ty kisi ko bengali sweets ki acchi dukaan pata h Noida me?
0 n pl film ke trailer ko 24 ghante me 5 crore views mile
0 s pl aaj raat ki shift hai, kal dopahar me baat karta hoon
0 n pl RT @user: Chennai-Bengaluru expressway ka pehla hissa agle saal tak khulne ki ummeed http://t.co/pX3kR8v
# ---------------------------------------------------------------- positive
+ s pl aaj ka match dekh ke maza aa gaya!! #INDvsPAK
+ s pl happy diwali fam 🪔 rangoli ban gayi, diye jal gaye, ab bas mithai ka intezaar
+ s pl chaand raat mubarak!! kal ammi ki biryani aur sheer khurma, eid ka asli maza 🌙
+ s in ekdum zabardast movie thi yaar, hero ne toh dil jeet liya 🔥
+ s ng bhai customer care wale bilkul bhi bure nahi the, 10 minute me kaam ho gaya
+ s em 🎉🎉🎉 job lag gayi doston!!
+ s pl bura na mano holi hai 😂 poori society neeli peeli ho gayi, best din
+ c mi @user delivery time pe ho gayi, packing bhi theek thi, khush hoon
+ s pl virat ka century dekh ke aankhon me aansu aa gaye #KingKohli
+ s ty yr kal ka qawwali night pagal tha, live sunne ka maza hi alag h
+ s pl RT @user: sheher me 50 nayi electric buses, safar ab sasta aur saaf
+ s co naya network pehle wale se kahin behtar hai, ghar ke har kone me signal
+ s pl maa ke haath ka khana aur ghar ki chhat, isse accha kuch nahi
+ s pl sabhi ko ganesh chaturthi ki hardik shubhkamnayein, ganpati bappa morya 🙏
+ s in bohot bohot shukriya @user, aapki help se mera refund 2 din me aa gaya
+ s pl cousin ka medical college me admission ho gaya, family group pe congratulations ki baarish 🎓
+ s ng sach bolu toh train bilkul late nahi thi, time se pahunch gaye aaj
+ s pl is season ka finale ekdum perfect tha, writers ko salaam
+ s em 😍😍 kal ki sunset photo dekho, Goa is love
+ s mi phone accha hai, battery pura din chal jaati hai, paisa vasool
+ s pl gurudwara me langar seva karke mann ekdum shaant ho gaya, waheguru ji ka khalsa 🙏
+ s pl kal raat dosto ke saath maggi aur gappe, best raat thi
+ s in ekdum kamaal ka bowling spell, 5 wicket aur match jeet liya 🏏
+ c pl @user shukriya, bank wale ne turant card block kar diya aur naya card bhi bhej diya
+ s pl pehli salary se papa ke liye ghadi li, unki muskaan dekh ke sab vasool
+ s mx hotel thoda door tha lekin staff itna accha ki dobara yahin rukunge
+ s pl church ke bahar wali christmas lights dekhne gaye, bacche khushi se uchal rahe the 🎄
+ s ty arre kya gana h ye, subah se 10 baar sun liya
+ s pl mohalle ke bacchon ne park saaf kiya, dekh ke dil khush ho gaya
+ s co ye wali dhaba wali chai mere ghar ki chai se bhi achhi hai 😂
+ s pl RT @user: chai bechne wale ke bete ne IIT entrance clear kiya, pure mohalle ne mithai baanti 🏆
+ s pl aaj 5 km daud poori ki bina ruke, khud pe garv hai
+ s mi naya cafe accha hai, coffee badhiya aur jagah shaant, phir aaunga
+ s pl sabko navratri ki shubhkamnayein, maa durga sab par kripa karein 🙏
+ s in yaar ye series itni zyada acchi hai ki ek raat me khatam kar di
+ s ng koi shikayat nahi, Swiggy wala bhai barish me bhi time pe aa gaya
+ s pl pehli baarish me chhat pe bheegna aur mitti ki khushboo ❤️ isse behtar kuch nahi
+ s em 🥳🥳 shaadi ki taarikh pakki ho gayi!!
+ s pl nani ne WhatsApp pe pehla good morning message bheja, poora ghar hass raha hai ❤️
+ c pl @user thank you, internet wala issue aaj hi theek kar diya aapke engineer ne
+ s pl world cup jeet gaye!!! pura desh sadkon pe naach raha hai 🇮🇳
+ s mi trip achhi rahi, zyada kuch nahi kiya par aaram mila
+ s pl sabhi ko raksha bandhan ki bohot bohot badhai, bhai behen ka pyaar bana rahe
+ s ty bhai ye naya album to fire h 🔥 sab gaane sahi hain
+ s pl RT @user: sarkari school ke bacchon ko ab muft tablet milenge
+ s co is saal ka IPL pichle saal se kahin zyada exciting hai
+ s pl aaj boss ne sabke saamne meri taarif ki, din ban gaya
+ s in bohot hi pyaari movie hai, family ke saath zaroor dekhna
+ s pl chhath puja ki hardik shubhkamnayein, chhathi maiya sab ki manokamna poori karein 🙏
+ s ng pehli baar sarkari daftar me ek bhi paisa extra nahi dena pada, kaam turant hua
+ s em ❤️❤️ mummy papa ki 25th anniversary, bohot pyaara din tha
+ s pl RT @user: kisaano ke liye nayi beema yojana, fasal kharab hone pe poora muavza
+ s pl kal ke episode me jo twist aaya, mind blowing 🤯
+ s mx khana aane me der lagi par swaad itna mast ki sab maaf
+ s pl nayi metro line khul gayi, ab office sirf 20 minute me
+ s pl sabko lohri di lakh lakh vadhaiyan, aag ke paas bhangra time 🔥
+ s ty yrrr finally chhuttiyan shuru, ab 10 din sirf aaram
+ s co ye naya laptop purane se do guna fast hai, maza aa gaya
+ s pl kal stadium me baith ke match dekha, zindagi ka best din
+ s mi railway ka naya app theek hai, ticket aasani se book ho gayi
+ s pl dost ne surprise party di, mujhe pata hi nahi tha 🥹
+ c pl @user aapke delivery partner ne bohot ache se samaan upar tak pahunchaya, thank you
+ s in ekdum dil chhoo lene wala gaana, baar baar sun raha hoon
+ s pl onam ashamsakal sabko, pookalam bana liya ghar pe 🌸
+ s pl beta pehli baar cycle chalana seekh gaya, ghar me jashn hai
+ s ng sach me bilkul umeed nahi thi par hamari team ne kamaal kar diya
+ s em 🙌🙌 result aa gaya aur pass ho gaya!!
+ s pl RT @user: sheher ke sabhi sarkari hospital me ab muft dawaiyan
+ s pl ghar ke peeche wala ped phir se hara ho gaya, dekh ke sukoon milta hai
+ s mx flight late thi lekin upgrade mil gaya, toh overall mast raha
+ s pl buddha purnima ki shubhkamnayein, shanti aur karuna sab ke jeevan me rahe
+ s ty lol ye meme page ekdum best h, hass hass ke pet dard
+ s pl naye captain ne team me nayi jaan daal di, sab khiladi josh me hain
+ s in sabse best biryani khayi aaj Hyderabad me, kya swaad tha 🤤
+ s mi bank ka naya system accha hai, line kam lagti hai ab
+ s pl papa ne 60 saal ki umar me swimming seekh li, inspiration hain
+ s co ye shampoo pehle wale se bohot behtar hai, baal soft ho gaye
+ s pl kal ki barish me sab dosto ke saath pakode aur chai, perfect sham
+ s pl janmashtami ki dher saari badhai, nand ke anand bhayo 🦚
+ s ng dentist ke paas jaane se dar lagta tha par bilkul dard nahi hua
+ s em 🤩 pehli baar pahaad pe barf dekhi!!
+ s pl ghar wapas aake maa ka hug, saal bhar ki thakaan door
+ s pl RT @user: desh ki beti ne olympic me silver jeeta 🥈
+ s in itna zabardast stand up tha ki poore hall ne khade hoke taali bajayi
+ s pl padosi aunty ne ghar ke bane laddoo bheje, kitni pyaari hain
+ s ty finally apni scooty le li, EMI pe hi sahi par apni h 😎
+ c mi @user rail madad pe complaint ki toh 1 ghante me coach saaf ho gaya, accha laga
+ s pl sabhi ko makar sankranti ki shubhkamnayein, patang udane chalo 🪁
+ s pl aaj pehli baar khud ka business ka order mila, bohot khush hoon
+ s co Jaipur ki trip Shimla wali se bhi zyada yaadgaar rahi
+ s pl teacher ne mere project ko best bola, mehnat rang laayi
+ s mx thoda mehenga hai par quality itni acchi ki 5 saal chalega, le lo
+ s pl is baar fasal acchi hui, gaon me sab khush hain
+ s em 🥰 bhatija aaj pehli baar mama bola
+ s pl mehndi ki raat, dholki aur geet, bohot maza aaya sabko
+ s ng ye wali sarkari bus bilkul gandi nahi thi, AC bhi chal raha tha
+ s in aaj ka din ekdum perfect, sab kaam time pe aur sham ko family dinner
+ s pl RT @user: rakt daan shivir me 500 logon ne rakt diya, shabaash sheher
+ s pl mahashivratri ki hardik shubhkamnayein, har har mahadev 🔱
+ s ty kl raat wali web series ka ending ekdum solid tha yrr
+ s pl pehli baar pahadon me trekking ki, nazara jannat jaisa
+ s mi nayi kitaab acchi hai, dheere dheere padh raha hoon par pasand aa rahi hai
+ s pl bhaiya ne ghar ki EMI poori kar di, aaj party hai
+ s pl hamare shehar ki team ne pehli baar league jeeti, sadko pe jashn 🎉
+ s co is baar ka mela pichli baar se zyada saaf aur vyavasthit tha
+ s pl gaon me pehli baar 24 ghante bijli aa rahi hai, sab bohot khush
+ s em 💪💪 aaj 100 pushups poore, 3 mahine ki mehnat
+ s pl dost ki beti ka naamkaran tha, bohot pyaara function
+ s pl guru nanak jayanti ki sabhi ko lakh lakh badhaiyan 🙏
+ s in bohot hi shaandaar performance, stadium ne khade hoke salaam kiya
"""
