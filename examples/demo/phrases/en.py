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
        _p("city bike", False), _p("road bike", False), _p("kids' bike", False), _p("gravel bike", False),
        _p("cargo bike", False), _p("folding bike", False),
    ],
    "part": ["the chain", "the saddle", "the lights", "the kickstand", "the rear rack", "the hub gears", "the back brake", "the front fork", "the mudguard"],
    "part_e": ["the battery", "the motor", "the display", "the charger"],
    "acc": ["a helmet", "two panniers", "a child seat", "a new lock", "a set of lights", "a phone mount", "a rain cover"],
    "days": ["three", "four", "five", "ten", "12"],
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
    "Bought {a_product} from {brand} last month",
    "I've been riding {a_product} from {brand} for {months} months now",
    "Ordered {a_product} on {site} a couple of weeks ago",
    "Quick review of {brand} for fellow expats",
    "First time buying from {brand}",
    "Got {a_product} for {who} at {brand}",
    "After a lot of comparing I went with {brand}",
    "A colleague recommended {brand}, so I gave them a try",
    "Picked up my new {product} from {brand} on {weekday}",
    "Moved to the Netherlands last year and needed a proper bike, so I went to {brand}",
    "Honest review of {brand}, not sponsored",
    "Second bike we've bought from {brand}",
    "Ordered {a_product} and {acc} from {brand}",
    "Short update on my order with {brand}",
]

CONTEXT: list[str] = [
    "I cycle {commute} km to work every day, rain or shine",
    "We have two small kids and wanted to use the car less",
    "I don't speak much Dutch yet, so English-speaking staff was a must",
    "It's my first e-bike, so I had quite a few questions",
    "The bike lives outside, so it needs to be able to take some abuse",
    "I read a lot of reviews before buying",
    "My budget was around two thousand euros",
    "I mostly use it for commuting and grocery runs",
    "Back home I never cycled, so this is all new to me",
    "We live on the fourth floor, so weight mattered",
]

CLAIMS: dict[str, dict[str, list[str]]] = {
    "product": {
        "pos": [
            "The {product} rides beautifully, smooth and light",
            "{part^} still works perfectly after {months} months",
            "Build quality is excellent, everything feels solid",
            "E|The battery easily does {range} km, even into a headwind",
            "Done over {km} km without a single issue",
            "It looks even better in real life than in the photos",
            "Gears shift cleanly and the brakes are {very} good",
            "Best bike I've ever owned, no contest",
            "E|The motor is quiet and pulls you away from the lights effortlessly",
            "Survived a wet Dutch autumn without a spot of rust",
        ],
        "neu": [
            "The {product} is fine, nothing more, nothing less",
            "E|Does anyone know how long the battery on a {brand} {product} lasts?",
            "It rides like you'd expect from {a_product} at this price",
            "{part^} needed adjusting after the first month, otherwise nothing special",
            "Only had it for {weeks} weeks, so too early to say",
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
            "Rust on the handlebars after {months} months, says it all really",
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
            "Delivered within {days} days, fully assembled",
            "Ordered on {weekday}, the bike was at my door two days later",
            "Tracking worked perfectly, I knew exactly when it would arrive",
            "Everything was in stock and I could pick it up the same day",
            "Delivery was faster than promised and well packed",
            "The delivery guys even took the packaging away",
        ],
        "neu": [
            "Delivery time is listed as {weeks} weeks, so waiting patiently",
            "My order has shipped, now waiting to see when it arrives",
            "Does {brand} deliver to Belgium?",
            "You get a four-hour delivery window",
            "Got an email saying delivery will be a few days later",
            "Is the {product} actually in stock or is there a wait?",
        ],
        "neg": [
            "Been waiting {weeks} weeks for my {product} and still nothing",
            "Delivery has been postponed three times with no explanation",
            "Tracking doesn't work and nobody knows where my bike is",
            "It arrived damaged, with a big scratch on the frame",
            "The driver just didn't show up, and I'd taken the day off",
            "The site said 'in stock', but after paying it suddenly became {weeks} weeks",
            "Order {order} has been stuck on 'processing' for {days} days",
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
            "Fun ad on Instagram, actually made me laugh",
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
    "neu": ["Quick question:", "Update:", "FYI:", "In short:", "Just wondering:", "For anyone interested:"],
    "neg": ["Sadly,", "Honestly,", "Long story short:", "TL;DR:", "Seriously,", "Ugh,"],
}
CLOSERS: dict[str, list[str]] = {
    "pos": ["Highly recommended!", "Will definitely buy here again", "Very happy", "Thanks for the great service!", "Couldn't be happier", "Happy customer"],
    "neu": ["We'll see", "Will update when I know more", "Any tips welcome", "Anyone have experience with this?"],
    "neg": ["Never again", "Would not recommend", "Waste of money", "Really disappointing", "Avoid", "Done with them"],
}
CONTRAST: list[str] = [", but ", ", only ", ", although ", ". But "]

REVIEW_TITLES: dict[str, dict[str, list[str]]] = {
    "product": {"pos": ["Great bike!", "Love my new {product}", "Solid quality"], "neu": ["Decent bike", "Does the job"], "neg": ["Poor quality", "Broke after {weeks} weeks"]},
    "service": {"pos": ["Excellent service", "Really helpful staff"], "neu": ["Service was OK"], "neg": ["Terrible customer service", "No reply"]},
    "price": {"pos": ["Great value"], "neu": ["Average price"], "neg": ["Overpriced", "Hidden costs"]},
    "delivery": {"pos": ["Fast delivery", "Arrived in {days} days"], "neu": ["Delivery as expected"], "neg": ["Delivery took forever", "Still not delivered"]},
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
    "pos": ["Picked up my new {product} from {brand} today 😍", "Shout out to {brand} for the quick delivery 👌", "First ride on the new bike done. Loving it!", "{brand} did a great job on my repair 👍"],
    "neu": ["Anyone tried {brand}?", "Just ordered from {brand}, fingers crossed", "Is {brand} open on Sundays?", "Thinking about {a_product} from {brand}"],
    "neg": ["{brand}, where is my bike? 😡", "Never again, {brand}", "Still no reply from {brand} 🙄", "Worst customer service ever, {brand}"],
}
COMPARE: list[str] = [
    "Also looked at {other}, but {brand} actually had it in stock",
    "{other} was a bit cheaper, but the staff at {brand} spoke English and took their time",
    "A friend got hers from {other} and has had more problems than me",
]
NOBRAND: list[tuple[str, str]] = [
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
