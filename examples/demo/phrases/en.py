"""English phrase bank: mostly expats in Amsterdam and Utrecht, plus international customers.

Same template conventions as nl.py; {a_product} carries its own article ("an e-bike").
"""

from __future__ import annotations


def _p(product: str, electric: bool) -> dict[str, object]:
    article = "an" if product[0] in "aeiou" else "a"
    return {"product": product, "a_product": f"{article} {product}", "e": electric}


SLOTS: dict[str, list] = {
    "product": [
        _p("e-bike", True), _p("electric city bike", True), _p("electric cargo bike", True),
        _p("speed pedelec", True), _p("e-MTB", True), _p("electric commuter bike", True),
        _p("city bike", False), _p("road bike", False), _p("gravel bike", False),
        _p("cargo bike", False), _p("folding bike", False),
    ],
    "part": ["the chain", "the headlight", "the rear light", "the kickstand", "the gear hub", "the back brake", "the front fork"],
    "part_e": ["the battery", "the motor", "the display", "the charger"],
    "acc": ["a helmet", "two panniers", "a child seat", "a new lock", "a set of lights", "a phone mount", "a rain cover"],
    "days": ["three", "four", "five", "ten", "12"],
    "fastdays": ["two", "three", "four"],
    "weeks": ["two", "three", "four", "five", "six"],
    "months": ["two", "three", "four", "six", "eight"],
    "times": ["five", "six", "seven", "ten"],
    "minutes": ["20", "30", "40", "45"],
    "km": ["800", "1,200", "2,000", "3,500"],
    "range": ["50", "60", "70", "80"],
    "price": ["€1,299", "€1,649", "€1,899", "€2,199", "€2,499", "€2,899"],
    "amount": ["€25", "€35", "€49", "€75", "€89", "€120"],
    "percent": ["10%", "15%", "20%"],
    "staff": ["Joris", "Fatima", "Bas", "Lotte", "Ahmed", "Mirjam", "Sanne", "Youssef"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    "very": ["really", "super", "very", "incredibly"],
    "who": ["my daughter", "my son", "my wife", "my husband", "my partner", "my dad"],
    "commute": ["eight", "ten", "twelve", "fifteen"],
}

BRAND_SLOTS: dict[str, dict[str, list[str]]] = {
    "trapkracht": {
        "city": ["Utrecht", "Amsterdam"],
        "in_store": ["in the Utrecht store", "in the Amsterdam store", "in the shop on the Overtoom", "in the shop on Biltstraat"],
        "store": ["the Utrecht store", "the Amsterdam store", "the shop on the Overtoom"],
    },
    "velora": {
        "city": ["Rotterdam", "Amersfoort", "Eindhoven", "Groningen", "Haarlem", "Leiden", "Utrecht"],
        "in_store": ["in the {city} branch", "in the {city} store"],
        "store": ["the {city} branch", "the {city} store"],
    },
    "spaakwiel": {
        "city": ["Arnhem", "Düsseldorf"],
        "in_store": ["in the Arnhem showroom", "at the test centre in Düsseldorf"],
        "store": ["the Arnhem showroom", "the test centre in Düsseldorf"],
    },
}

INTROS: list[str] = [
    "OR|Bought {a_product} from {brand} last month",
    "OL|I've been riding {a_product} from {brand} for {months} months now",
    "R|Ordered {a_product} on {site} a couple of weeks ago",
    "Quick review of {brand} for fellow expats",
    "First time buying from {brand}",
    "O|Got {a_product} for {who} at {brand}",
    "After a lot of comparing I went with {brand}",
    "A colleague recommended {brand}, so I gave them a try",
    "OR|Picked up my new {product} from {brand} on {weekday}",
    "Moved to the Netherlands last year and needed a proper bike, so I went to {brand}",
    "Honest review of {brand}, not sponsored",
    "Second bike we've bought from {brand}",
    "Ordered {a_product} and {acc} from {brand}",
    "W|Short update on my order with {brand}",
    "W|Ordered {a_product} from {brand} on {weekday}",
]

CONTEXT: list[str] = [
    "I cycle {commute} km to work every day, rain or shine",
    "We have two small kids and wanted to use the car less",
    "I don't speak much Dutch yet, so English-speaking staff was a must",
    "E|It's my first e-bike, so I had quite a few questions",
    "O|The bike lives outside, so it needs to be able to take some abuse",
    "I read a lot of reviews before buying",
    "My budget was around two thousand euros",
    "O|I mostly use it for commuting and grocery runs",
    "Back home I never cycled, so this is all new to me",
    "We live on the fourth floor, so weight mattered",
]

CLAIMS: dict[str, dict[str, list[str]]] = {
    "product": {
        "pos": [
            "The {product} rides beautifully, smooth and light",
            "L|{part^} still works perfectly after {months} months",
            "Build quality is excellent, everything feels solid",
            "E|The battery easily does {range} km, even into a headwind",
            "L|Done over {km} km without a single issue",
            "It looks even better in real life than in the photos",
            "Gears shift cleanly and the brakes are {very} good",
            "Best bike I've ever owned, no contest",
            "E|The motor is quiet and pulls you away from the lights effortlessly",
            "L|Survived a wet Dutch autumn without a spot of rust",
        ],
        "neu": [
            "The {product} is fine, nothing more, nothing less",
            "E|Does anyone know how long the battery on a {brand} {product} lasts?",
            "It rides like you'd expect from {a_product} at this price",
            "{part^} needed adjusting after the first month, otherwise nothing special",
            "R|Only had it for {weeks} weeks, so too early to say",
            "Quality seems similar to other brands in the same price range",
            "Which frame size would you recommend for someone who's 1.85 m?",
            "Has anyone taken a {brand} {product} on longer tours?",
        ],
        "neg": [
            "{part^} broke after just {weeks} weeks",
            "The frame creaks and the chain keeps coming off",
            "E|The battery doesn't get anywhere near the promised {range} km",
            "The paint is already chipping, not acceptable at this price",
            "It arrived badly adjusted and the brakes were barely working",
            "L|Rust on the handlebars after {months} months, says it all really",
            "E|The display throws an error code every time it rains",
            "Honestly the quality is disappointing",
            "{part^} has failed for the second time now",
        ],
    },
    "service": {
        "pos": [
            "{staff} took the time to explain everything in English",
            "Customer service replied within the hour and actually helped",
            "{very^} friendly staff who clearly know their stuff",
            "The mechanic even checked my brakes for free",
            "Got a real answer on the chat within five minutes",
            "They called me back as soon as they'd found a solution",
            "Great advice on frame size from {staff}",
            "The team at {brand} handled my issue really well",
        ],
        "neu": [
            "Customer service is only available on weekdays",
            "Does anyone know if {brand} has English-speaking support?",
            "Sent them an email, still waiting to hear back",
            "The answer I got was OK, if a bit generic",
            "The chat starts with a bot before you get a person",
            "Can you book a test ride at {brand} or do you just walk in?",
        ],
        "neg": [
            "Customer service simply doesn't answer emails",
            "I've called {times} times and keep getting fobbed off",
            "The person on the phone was rude and completely unhelpful",
            "Only canned responses on the chat, zero help",
            "They promised to call me back and never did",
            "{days} days and still no reply to my question",
            "Staff at {brand} switched to Dutch and basically ignored me",
        ],
    },
    "price": {
        "pos": [
            "For {price} you get a lot of bike",
            "Great value for money",
            "Got {percent} off and free delivery",
            "Fair prices and no hidden costs",
            "A service for {amount} including new brake pads, very reasonable",
            "Not the cheapest, but you get quality for your money",
        ],
        "neu": [
            "The {product} costs {price}, about the same as elsewhere",
            "Does {brand} ever have sales?",
            "Prices have gone up a bit, but that's the case everywhere",
            "Is {price} a normal price for {a_product}?",
            "You can pay in instalments at {brand}, good to know",
        ],
        "neg": [
            "Way too expensive for what you get",
            "A week after I bought it, the price dropped by {amount}",
            "{amount} for a basic service is ridiculous",
            "They charged {amount} delivery when the site said free shipping",
            "At {price} I expect better components",
            "Hidden costs for assembly and delivery that weren't mentioned anywhere",
        ],
    },
    "delivery": {
        "pos": [
            "Delivered within {fastdays} days, fully assembled",
            "Ordered on {weekday}, the bike was at my door two days later",
            "Tracking worked perfectly, I knew exactly when it would arrive",
            "Everything was in stock and I could pick it up the same day",
            "Delivery was faster than promised and well packed",
            "The delivery guys even took the packaging away",
        ],
        "neu": [
            "W|Delivery time is listed as {weeks} weeks, so waiting patiently",
            "W|My order has shipped, now waiting to see when it arrives",
            "Does {brand} deliver to Belgium?",
            "You get a four-hour delivery window",
            "W|Got an email saying delivery will be a few days later",
            "W|Is the {product} actually in stock or is there a wait?",
        ],
        "neg": [
            "W|Been waiting {weeks} weeks for my {product} and still nothing",
            "W|Delivery has been postponed three times with no explanation",
            "W|Tracking doesn't work and nobody knows where my bike is",
            "O|It arrived damaged, with a big scratch on the frame",
            "W|The driver just didn't show up, and I'd taken the day off",
            "The site said 'in stock', but after paying it suddenly became {weeks} weeks",
            "Delivery took {weeks} weeks instead of the promised three days",
            "W|Order {order} has been stuck on 'processing' for {days} days",
        ],
    },
    "store": {
        "pos": [
            "Got helped straight away {in_store}",
            "Nice, spacious shop with loads of bikes to try",
            "You can take a test ride without any hassle",
            "Free coffee while you wait for your repair, nice touch",
            "The workshop {in_store} is quick and knows what it's doing",
        ],
        "neu": [
            "Are the opening hours {in_store} different on Sundays?",
            "They don't have every model {in_store}, so call ahead",
            "Parking near the store is tricky, better to come by tram",
            "Popped into {store} to look around, haven't bought anything yet",
        ],
        "neg": [
            "Waited twenty minutes {in_store} before anyone helped me",
            "The shop was closed even though the website said it was open",
            "The workshop can't fit me in for another {weeks} weeks",
            "Hardly any stock in the store, everything has to be ordered",
            "No test rides without an appointment, apparently",
        ],
    },
    "website": {
        "pos": [
            "The website is clear and ordering took a couple of clicks",
            "The frame size guide on {site} was spot on",
            "The app reminds you when your bike is due for a service",
            "Booked a workshop slot online, super easy",
        ],
        "neu": [
            "Is the {brand} website available in English?",
            "Delivery times per model are listed on {site}",
            "You need to create an account to order",
            "The app just got an update, takes some getting used to",
        ],
        "neg": [
            "The website is down again",
            "Kept getting an error at checkout",
            "The app logs you out constantly and empties your basket",
            "Impossible to reach them by phone, hung up after {minutes} minutes on hold",
            "Stock levels on the site have nothing to do with reality",
        ],
    },
    "returns": {
        "pos": [
            "Returning it was painless, money back within a week",
            "E|Warranty claim on the battery was honoured without any argument",
            "Repaired under warranty and they gave me a loan bike",
            "Swapping for a different size was sorted in a few days",
        ],
        "neu": [
            "How do returns work at {brand} if you've already ridden the bike?",
            "You have 30 days to return it, in the original packaging",
            "Return registered, now waiting for a pickup date",
            "Does the warranty still apply if you move abroad?",
        ],
        "neg": [
            "Warranty? Forget it, according to them it's 'normal wear and tear'",
            "Returned it {weeks} weeks ago and still no refund",
            "E|They refuse to replace the faulty battery",
            "My complaint was closed without anything being fixed",
            "I had to pay {amount} myself to return a defective bike",
        ],
    },
    "advertising": {
        "pos": [
            "Fun ad {channel}, actually made me laugh",
            "The newsletter has genuinely useful maintenance tips",
            "Nice that they're honest about delivery times in their emails",
        ],
        "neu": [
            "Saw an ad for {brand} on the tram today",
            "Got an email about the new collection",
            "{brand} seems to be advertising a lot on social media lately",
        ],
        "neg": [
            "Three 'last chance' emails a day, seriously annoying",
            "The deal in the ad only applied to a handful of models",
            "Unsubscribed from the newsletter and still getting emails",
            "'Delivered tomorrow' in the ads is just not true",
        ],
    },
}

INCIDENT: list[str] = [
    "Order {order} has been stuck on 'in verwerking' (processing) for {days} days",
    "No tracking number, no email, nothing",
    "Customer service doesn't pick up the phone or answer emails",
    "Paid over a week ago and haven't heard a thing",
    "The delivery date has moved twice without any explanation",
    "Seems like loads of people are having the same problem",
    "They have my money but I don't have a bike",
    "The chat only says they're 'busier than usual'",
]
INCIDENT_TITLES: list[str] = ["Where is my bike?", "Order stuck on processing", "Anyone else waiting on {brand}?", "No delivery, no reply"]

OPENERS: dict[str, list[str]] = {
    "pos": ["Honestly,", "In short:", "Have to say,", "Long story short:", "TL;DR:", "Credit where it's due:"],
    "neu": ["Update:", "FYI:", "In short:", "For anyone interested:"],
    "q": ["Quick question:", "Just wondering:", "Question for the experts:"],
    "neg": ["Sadly,", "Honestly,", "Long story short:", "TL;DR:", "Seriously,", "Ugh,"],
}
CLOSERS: dict[str, list[str]] = {
    "pos": ["Highly recommended!", "Will definitely buy here again", "Very happy", "Thanks for the great service!", "Couldn't be happier", "Happy customer"],
    "neu": ["We'll see", "Will update when I know more", "Any tips welcome", "Anyone have experience with this?"],
    "neg": ["Never again", "Would not recommend", "Waste of money", "Really disappointing", "Avoid", "Done with them"],
}
CONTRAST: list[str] = [", but ", ", although ", ". But "]

REVIEW_TITLES: dict[str, dict[str, list[str]]] = {
    "product": {"pos": ["Great bike!", "Love my new {product}", "Solid quality"], "neu": ["Decent bike", "Does the job"], "neg": ["Poor quality", "Broke after {weeks} weeks"]},
    "service": {"pos": ["Excellent service", "Really helpful staff"], "neu": ["Service was OK"], "neg": ["Terrible customer service", "No reply"]},
    "price": {"pos": ["Great value"], "neu": ["Average price"], "neg": ["Overpriced", "Hidden costs"]},
    "delivery": {"pos": ["Fast delivery", "Arrived in {fastdays} days"], "neu": ["Delivery as expected"], "neg": ["Delivery took forever", "Still not delivered"]},
    "store": {"pos": ["Lovely shop"], "neu": ["Store is OK"], "neg": ["Long wait in store"]},
    "website": {"pos": ["Easy to order online"], "neu": ["Website works"], "neg": ["Website broken"]},
    "returns": {"pos": ["Warranty sorted quickly"], "neu": ["Return registered"], "neg": ["Warranty claim rejected"]},
    "advertising": {"pos": ["Good deals"], "neu": ["Lots of emails"], "neg": ["Misleading ads"]},
}
REVIEW_TITLES_ANY: dict[str, list[str]] = {
    "pos": ["Highly recommended", "Great experience with {brand}", "Very happy", "Top!", "Top service"],
    "neu": ["Mixed feelings", "It's OK", "My experience with {brand}"],
    "neg": ["Never again", "Disappointed", "Bad experience with {brand}", "Avoid {brand}"],
}
FORUM_TITLES: dict[str, list[str]] = {
    "product": ["Experiences with {brand} bikes?", "{brand} {product}: worth it?"],
    "service": ["{brand} customer service", "English support at {brand}?"],
    "price": ["{brand} prices", "Sales at {brand}?"],
    "delivery": ["{brand} delivery times", "How long did your {brand} delivery take?"],
    "store": ["{brand} store in {city}"],
    "website": ["{brand} website"],
    "returns": ["Warranty at {brand}", "Returning a bike to {brand}"],
    "advertising": ["{brand} ads"],
}
FORUM_TITLES_ANY: dict[str, list[str]] = {
    "pos": ["Good experience with {brand}", "Happy with my purchase"],
    "neu": ["Question about {brand}", "Anyone bought from {brand}?", "Where to buy a bike as an expat?"],
    "neg": ["Warning about {brand}", "Bad experience with {brand}"],
}
SHORTS: dict[str, list[str]] = {
    "pos": ["Picked up my new {product} from {brand} today 😍", "delivery|Shout out to {brand} for the quick delivery 👌", "product|First ride on the new bike done. Loving it!", "service|{brand} did a great job on my repair 👍"],
    "neu": ["Anyone tried {brand}?", "Just ordered from {brand}, fingers crossed", "Is {brand} open on Sundays?", "Thinking about {a_product} from {brand}"],
    "neg": ["delivery|{brand}, where is my bike? 😡", "Never again, {brand}", "service|Still no reply from {brand} 🙄", "service|Worst customer service ever, {brand}"],
}
COMPARE: list[str] = [
    "Also looked at {other}, but {brand} actually had it in stock",
    "{other} was a bit cheaper, but the staff at {brand} spoke English and took their time",
    "A friend got hers from {other} and has had more problems than me",
]
NOBRAND: list[tuple[str, str]] = [
    ("Dutch cycling etiquette?", "Just moved here. Is it rude to ring your bell at people walking in the bike lane, or is that just normal?"),
    ("Kids' seat front or back?", "Our daughter is one and a half. Front seat or rear seat, what worked best for you?"),
    ("Where to get a bike fixed quickly in Utrecht?", "My chain snapped this morning. Any mechanics in the centre who can do it today without an appointment?"),
    ("Bike insurance for expats?", "Just got my first e-bike. Does a standard contents insurance cover theft, or do I need separate bike insurance here?"),
    ("Best route from Utrecht Centraal to the Science Park?", "Starting a new job next week. Is there a nicer route than just following the main road?"),
    ("How do you lock your bike in Amsterdam?", "Two locks? Three? I've heard horror stories about stolen bikes. What do you all use?"),
    ("Cycling in the rain", "Any tips for rain gear that actually keeps you dry on a 10 km commute? Poncho or jacket and trousers?"),
    ("Tax benefits of a lease bike", "My employer offers bike leasing. Is it really worth it once you factor in the tax?"),
]

TYPOS: dict[str, str] = {
    "received": "recieved", "definitely": "definately", "doesn't": "doesnt", "don't": "dont",
    "I've": "Ive", "I'm": "im", "separate": "seperate", "their": "there", "until": "untill",
}

# ---------------------------------------------------------------------------------------------
# Composed claims: with these slots every touchpoint/polarity has at least 40 realizations.
SLOTS.update({
    "contact": ["on the chat", "by email", "on the phone", "via the contact form"],
    "channel": ["on Instagram", "on YouTube", "on the radio", "on TV", "on a billboard by the station"],
    "device": ["on my phone", "on the laptop", "on the tablet", "on my work PC"],
    "wait": ["two days", "three days", "a week", "over a week", "five working days"],
    "quick": ["within the hour", "within ten minutes", "the same day", "the next morning"],
    "job": ["a puncture repair", "a gear adjustment", "a standard service", "a brake pad swap", "a chain replacement"],
    "smallamount": ["€15", "€19", "€25", "€35"],
    "feature": ["the size guide", "the comparison tool", "the price filter", "the live chat", "the store stock checker"],
})
_MORE: dict[tuple[str, str], list[str]] = {
    ("service", "pos"): ["Got a reply {contact} {quick} and they sorted it straight away", "They helped me with {job} over the phone"],
    ("service", "neu"): [
        "Contacted them {contact}, waiting to hear back",
        "It took {wait} to get a reply {contact}",
        "Asked about {job} {contact} and got a decent answer",
    ],
    ("service", "neg"): [
        "Tried {contact} for {wait} without getting an answer",
        "The reply {contact} was a canned response that didn't help",
        "Waited {wait} for an answer about {job}",
    ],
    ("price", "pos"): ["{job^} was only {smallamount}, fair enough", "Paid {smallamount} for {job}, cheaper than my old local shop"],
    ("price", "neg"): ["{amount} for {job} is outrageous"],
    ("delivery", "pos"): [
        "My order was shipped {quick} and arrived without a scratch",
        "Got a tracking number {quick}",
        "{acc^} came in the same box, all fine",
        "The driver called ahead, and it arrived within {fastdays} days",
        "Arrived in {fastdays} days, even quicker than promised",
        "Bike and {acc} delivered in one go",
    ],
    ("delivery", "neu"): ["W|According to the email the {product} should arrive in {wait}"],
    ("store", "pos"): [
        "They sorted {job} {in_store} while I waited",
        "Got help with {job} straight away {in_store}",
        "The mechanics {in_store} did {job} while I had a coffee",
        "Lovely atmosphere {in_store} and no pushy sales talk",
        "The staff {in_store} let me try three bikes before deciding",
    ],
    ("store", "neu"): [
        "Can you get {job} {in_store} without an appointment?",
        "How long is the wait for {job} {in_store}?",
        "Do you need to book {job} {in_store} in advance?",
        "Does anyone know if {store} has parking?",
        "Is there a waiting list for {job} {in_store}?",
    ],
    ("store", "neg"): ["Had to wait {wait} for {job}", "Nobody {in_store} knew anything about {job}"],
    ("website", "pos"): [
        "{feature^} on the site works really well",
        "Ordering {device} was easy",
        "Easy to track the order {device}",
        "The site is fast, even {device}",
        "Found the right bike with {feature} on {site}",
        "Booking {job} {device} took two minutes",
    ],
    ("website", "neu"): [
        "Does {feature} work {device} as well?",
        "I miss {feature} on the website",
        "Has anyone managed to order {device}?",
        "Can you book {job} online?",
        "The app has added {feature}, it seems",
    ],
    ("website", "neg"): [
        "{feature^} doesn't work {device}",
        "Checkout freezes {device} every single time",
        "Reported the bug {contact}, no reply",
        "The site keeps crashing {device}",
    ],
    ("returns", "pos"): [
        "The return was sorted {contact} {quick}",
        "Money was back within {wait}",
        "{part^} was replaced under warranty, no questions asked",
        "The return label arrived {quick}, very smooth",
        "The warranty claim was approved {quick}",
        "They collected the bike for the return {quick}",
    ],
    ("returns", "neu"): [
        "Registered a return {contact}, waiting to hear back",
        "How long does a refund usually take, {wait}?",
        "Does the warranty cover {part}?",
        "Returns can be registered {contact}",
        "According to the terms a refund takes about {wait}",
        "Warranty claim for {part} submitted, waiting for an answer",
        "Do you have to send {part} back yourself for a warranty claim?",
    ],
    ("returns", "neg"): ["Waiting {wait} for an answer on my claim for {part}"],
    ("advertising", "pos"): [
        "Nice campaign from {brand} {channel}",
        "Got {percent} off thanks to an ad {channel}",
        "Finally a bike ad {channel} that isn't annoying",
        "The deal I saw {channel} was actually real",
        "The {percent} discount from the newsletter worked without any hassle",
    ],
    ("advertising", "neu"): [
        "Saw an ad for {brand} {channel} today",
        "{brand} has {percent} off right now, saw it {channel}",
        "Lots of bike shop ads {channel} lately",
        "Has anyone seen the new {brand} campaign {channel}?",
        "Got a newsletter with offers on {acc}",
    ],
    ("advertising", "neg"): [
        "The ad {channel} promises things they don't deliver",
        "Getting bombarded with {brand} ads {channel}",
        "The {percent} discount in the ad only applied to the priciest models",
        "Another ad {channel} about 'fast delivery', laughable",
        "Still getting emails about {acc} after unsubscribing",
        "Ads {channel} are fine, but fix customer service first",
        "The campaign {channel} is frankly embarrassing",
        "That ad {channel} was flat-out misleading",
    ],
}
for (_tp, _pol), _extra in _MORE.items():
    CLAIMS[_tp][_pol].extend(_extra)
