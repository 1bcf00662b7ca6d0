# English (en): product reviews in star-rating style with mostly mild,
# measured opinions (4 stars = satisfied, 3 stars = average, 1-2 = unhappy).
# Hand-written for repwatch; original text, no real shop reviews.
DATA = """
# ---------------------------------------------------------------- positive (mostly mild)
+ r mi 4/5. Decent kettle, boils quickly and the lid doesn't stick. The blue light is a bit much at night.
+ r mi ★★★★☆ Comfy trainers, true to size. Not the most stylish, but my feet are happy.
+ r mi Four stars. The blender does smoothies fine, struggles a little with ice but nothing major.
+ r mi Solid little desk lamp. Bright enough, easy to angle, does the job. 4 stars.
+ r mi 4 out of 5 for this rucksack. Plenty of pockets, straps are comfortable, zip feels slightly cheap.
+ r mi Happy with the air fryer overall. Chips come out crisp, basket is a bit small for four people. 4/5
+ r mi ★★★★☆ Good value headphones for the gym. Sound is fine, they stay in, battery lasts the week.
+ r mi Does what it says on the tin. Cheap, cheerful phone case that has survived two drops already.
+ r mi Pleased with this duvet. Warm without being too heavy. Took a couple of days for the smell to go. Four stars.
+ r mi Nice enough frying pan, nothing sticks so far. Handle gets warm though. 4/5
+ r mi 4 stars. The vacuum is lighter than my old one and picks up dog hair well. Bin is small.
+ r mi Fairly good electric toothbrush. Two-minute timer is handy, the charger cable is short. Would buy again.
+ r mi ★★★★☆ Sturdy bookshelf, took about forty minutes to build. One screw missing but I had a spare.
+ r mi Good umbrella for the price. Survived a windy week in Glasgow, which is saying something.
+ r mi Happy with this coffee grinder. A bit noisy but the grind is even. 4/5
+ r mi Reasonable laptop stand. Feels stable, folds flat, slightly wobbly at the highest setting. Four stars.
+ r mi The yoga mat is grippy and thick enough. It smelled a bit at first. Overall satisfied.
+ r mi 4/5 – works well as a baby monitor, clear picture, app is a bit clunky.
+ r mi Nice mug, keeps tea warm for a decent while. Lid leaks if you tip it over, so not for bags.
+ r mi Decent wireless mouse. Comfortable, battery seems to last forever. The scroll wheel is a little loud.
+ r pl ★★★★★ Brilliant hiking boots. Waterproof, comfortable from day one, no blisters after 20 km.
+ r pl Five stars. This bread maker has changed our weekends, fresh loaves with almost no effort.
+ r pl Love this little speaker. Loud, clear and the battery goes on and on. 5/5
+ r in 5 stars, absolutely brilliant raincoat. Properly waterproof and it packs into its own pocket.
+ r pl Excellent kids' bike. Light, easy to adjust and my daughter learned to ride in a weekend. ★★★★★
+ r ng Not a single complaint about this mattress topper after three months. Sleeping much better.
+ r co Much better than the cheaper robot vacuum we had before. Actually finds its way back to the dock. 5/5
+ r pl Great value printer for home use. Set up in ten minutes and prints from my phone without fuss.
+ r ng Can't fault this slow cooker at all. Stews come out perfect every time. Five stars.
+ r mi 4 stars, a good solid toaster. Evenly browns both sides. Crumb tray is a bit fiddly.
+ r mi Pretty good hair dryer for the money. Quick, not too loud, cord could be longer.
+ r mi Happy with the bike lights. Bright, easy to charge, the clip for the rear one is a bit weak. 4/5
+ r pl ★★★★★ Gorgeous set of pans, heat evenly and clean up easily. Worth every penny.
# ---------------------------------------------------------------- neutral (average, 3 stars, descriptions)
0 r mi 3/5. It's a kettle. It boils water. Nothing more to say really.
0 r mi ★★★☆☆ Average trainers. Comfortable enough for walking, not great for running.
0 r mi Three stars. The blender is okay, neither impressive nor disappointing.
0 r mi Middle of the road desk chair. Fine for a couple of hours, then you notice it. 3 stars.
0 r mi It's alright. The backpack holds my laptop and lunch, that's about it. 3/5
0 r mi ★★★☆☆ Does the job, but I wouldn't go out of my way to recommend it.
0 r mx Great sound, poor battery. Evens out to three stars for these earbuds.
0 r mi Meh. The lamp is fine, the light is a bit cold. Three stars.
0 r mx The fabric is lovely but the sizing runs small. Swings and roundabouts, 3/5.
0 r mi Perfectly average frying pan. Works, nothing special. 3 stars.
0 r mi 3/5. An ordinary phone charger, charges at a normal speed.
0 r mx Easy to set up but the app is clunky. Neither here nor there for me.
0 r mi Okay-ish electric blanket. Warms up, controls are basic. Three out of five.
0 r pl Ordered the 2-litre version in grey. Arrived in two days, box contained the jug, lid and a filter.
0 r pl The drill comes with two batteries, a charger and a set of ten bits in a plastic case.
0 r pl Bought this as a replacement for the same model I had for five years. Same design, slightly different plug.
0 r pl Dimensions are 40 x 30 x 20 cm and it weighs about 2 kg, as listed.
0 r mi ★★★☆☆ It's fine. Not as soft as the photos suggest, not scratchy either.
0 r mx Quick delivery but the item is smaller than I pictured. Three stars, no strong feelings.
0 r mi Standard HDMI cable. Works. 3/5.
0 r mi Neither better nor worse than the supermarket own-brand version. Three stars.
0 r pl Comes in three colours. I chose the green one, which matches the photo.
0 r mx Looks stylish, scratches quite easily. I'm on the fence about it.
0 r mi An average smartwatch: steps and heart rate are fine, sleep tracking is hit and miss. 3 stars.
0 r pl Used it for two weeks so far. Will update the review after a few months.
0 r mi ★★★☆☆ Does what you'd expect from a budget toaster. No more, no less.
0 r mx Decent sound, awkward buttons. Overall it comes out about average.
0 r mi Middling quality bath towels. Soak up water, go a bit rough after washing. 3/5
0 r pl The manual is in six languages and the assembly takes about an hour with two people.
0 r mi It's an okay dog bed. The dog uses it sometimes and sometimes the sofa. 3 stars.
0 r mi Hard to say much about this. Generic USB hub, three ports, works.
0 r mx Lovely design, mediocre battery. Three stars sounds about right.
0 r pl Replaced the filter after three months as the instructions recommend.
0 r mi Fine for the price, nothing to write home about. ★★★☆☆
# ---------------------------------------------------------------- negative
- r pl 2/5. The kettle started leaking from the base after six weeks.
- r ng ★★☆☆☆ Not comfortable at all. The trainers rub my heel no matter which socks I wear.
- r pl One star. The blender broke the second time I used it for ice.
- r pl Disappointing desk lamp. Flickers constantly and the switch feels like it'll snap. 2 stars.
- r pl The zip on the rucksack broke within a month. Two stars for the pockets, which are nice.
- r ng Not worth the money. The air fryer takes longer than my oven and the coating is already peeling.
- r pl ★☆☆☆☆ The headphones stopped charging after three weeks and the seller isn't replying.
- r pl Phone case cracked at the corner the first time I dropped it. 1/5
- r ng Not warm enough for winter despite the 13.5 tog label. Returned it. 2 stars.
- r pl The frying pan warped after a few uses on the induction hob. Two stars.
- r pl 2/5. Vacuum loses suction after a few minutes and the battery barely lasts one room.
- r pl The toothbrush head rattles and the battery is dead after four days instead of the promised three weeks.
- r ng ★★☆☆☆ The instructions make no sense and two of the panels didn't line up. Not happy.
- r pl Cheap umbrella, turned inside out and snapped on the first windy day. 1 star.
- r pl Coffee grinder is incredibly loud and leaves half the beans unground. Two stars.
- r pl 1/5. Laptop stand wobbles so much I can't type on it.
- r pl The yoga mat started tearing after a fortnight. Really poor quality.
- r pl ★★☆☆☆ The baby monitor keeps losing connection in the night, which is the one time you need it.
- r pl The mug leaks even when the lid is closed. Ruined a notebook. One star.
- r ng Mouse doesn't connect reliably, I have to re-pair it every morning. 2/5.
- r pl Boots let water in on the first walk. For this price that's unacceptable. One star.
- r pl Speaker crackles at anything above half volume. 2 stars.
- r pl Raincoat is not waterproof, soaked through in ten minutes of drizzle. 1/5
- r pl The bike arrived with a bent wheel and the brakes weren't attached. Two stars only because the frame is fine.
- r co Much worse than the previous model. Slower, louder and the battery is weaker. ★★☆☆☆
- r pl The printer constantly says it's out of ink when the cartridge is new. 1 star.
- r ng Sadly not a patch on the old version. Flimsier plastic and the lid doesn't close properly. 2/5
- r pl The toaster burns one side and leaves the other side pale. Two stars.
- r pl 1 star. The hair dryer smelled of burning plastic the first time I switched it on.
- r pl Bike lights are much dimmer than advertised and the rear one fell off on the first ride.
- r pl ★☆☆☆☆ The pan set arrived with two dented lids and customer service offered a 5% discount. No thanks.
- r ng Not as described. The colour is completely different from the photo and it's much thinner. 2 stars.
- r pl The watch strap broke after a month and replacements cost half the price of the watch. 2/5.
"""
