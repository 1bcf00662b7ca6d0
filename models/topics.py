"""Zero-shot, multi-label topics by similarity in the encoder's embedding space.

Each topic is a small set of prototypes (its description and example phrases, embedded once).
A text's score for a topic is its best cosine to any prototype. A topic is assigned when the
score clears a threshold calibrated on off-topic texts (so a text about nothing gets no topic)
and stays close to the text's best topic (so a text about delivery is not also about everything).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from monitor.config import TopicConfig

Embed = Callable[[Sequence[str]], np.ndarray]

# The customer touchpoints; examples in the languages of the first users, phrased as customers do.
DEFAULT_TOPICS: tuple[TopicConfig, ...] = (
    TopicConfig(
        name="product quality",
        description="the quality of the product itself: build, defects, durability, performance",
        examples=["de fiets is na twee weken al kapot", "produktet er solid og godt laget",
                  "great build quality, works perfectly", "das Material fühlt sich billig an"],
    ),
    TopicConfig(
        name="customer service and staff",
        description="customer service, helpdesk and staff: friendliness, expertise, how help was given",
        examples=["de medewerker was super vriendelijk en behulpzaam", "kundeservice svarte aldri",
                  "the staff were rude and unhelpful", "sehr kompetente Beratung im Laden"],
    ),
    TopicConfig(
        name="price and value",
        description="price, cost, discounts and value for money",
        examples=["veel te duur voor wat je krijgt", "god pris og mye for pengene",
                  "great value for money", "die Preise sind gestiegen"],
    ),
    TopicConfig(
        name="delivery, stock and waiting time",
        description="delivery, shipping, stock availability, waiting times and track and trace",
        examples=["mijn bestelling is nog steeds niet geleverd", "pakken kom tre dager for sent",
                  "out of stock again, still waiting for my order", "Lieferung kam pünktlich an"],
    ),
    TopicConfig(
        name="store and facilities",
        description="the physical store: location, opening hours, parking, cleanliness, atmosphere",
        examples=["de winkel in Utrecht is mooi en ruim", "butikken var rotete og trang",
                  "the shop was closed during opening hours", "gute Parkmöglichkeiten vor dem Geschäft"],
    ),
    TopicConfig(
        name="website, app and phone",
        description="the website, webshop, app, online ordering, payment and reaching them by phone",
        examples=["de website loopt steeds vast bij het afrekenen", "appen krasjer hele tiden",
                  "could not get through on the phone", "der Onlineshop ist übersichtlich"],
    ),
    TopicConfig(
        name="complaints, returns and warranty",
        description="complaints, returns, refunds, repairs and warranty claims",
        examples=["retour sturen was een drama, nog steeds geen geld terug", "garantien dekket reparasjonen",
                  "they refused my refund", "Reklamation wurde schnell bearbeitet"],
    ),
    TopicConfig(
        name="advertising and communication",
        description="advertising, campaigns, newsletters, social media posts and announcements by the company",
        examples=["die nieuwe reclame op tv is geweldig", "nyhetsbrevet kommer altfor ofte",
                  "misleading ad, the offer wasn't real", "tolle Werbekampagne"],
    ),
)

# Off-topic texts that calibrate "about nothing": no topic should fire on these.
BACKGROUND = (
    "Het regent morgen in het hele land.", "Fijne verjaardag gewenst!", "Wie kijkt er vanavond voetbal?",
    "De trein naar Amsterdam vertrekt om negen uur.", "Goedemorgen allemaal", "Ik ga dit weekend wandelen.",
    "Været blir fint i helgen.", "Gratulerer med dagen!", "Hvem vant kampen i går?", "Jeg er så trøtt i dag.",
    "The weather is nice today.", "Happy new year everyone!", "Who won the game last night?",
    "I'm reading a book about history.", "Das Wetter ist heute schön.", "Wir fahren morgen in den Urlaub.",
    "Wer hat das Spiel gestern gewonnen?", "lol", "ok", "Thanks!", "Tot straks", "Hahaha zo grappig",
    "De minister presenteert vandaag de begroting.", "Regjeringen legger frem statsbudsjettet.",
)


@dataclass(frozen=True)
class TopicScore:
    name: str
    score: float


class TopicClassifier:
    def __init__(
        self,
        topics: Sequence[TopicConfig] = DEFAULT_TOPICS,
        threshold: float | None = None,
        margin: float = 0.04,
        background_quantile: float = 0.95,
    ) -> None:
        self.topics = tuple(topics)
        self.threshold = threshold
        self.margin = margin
        self.background_quantile = background_quantile

    def fit(self, embed: Embed) -> "TopicClassifier":
        """Embed the prototypes once and calibrate the per-topic thresholds."""
        if not self.topics:
            raise ValueError("topics: define at least one topic, or leave `topics:` out for the default set")
        phrases = [[t.description, *t.examples] for t in self.topics]
        flat = embed([p for group in phrases for p in group])
        self.owner_ = np.repeat(np.arange(len(self.topics)), [len(g) for g in phrases])
        self.prototypes_ = flat
        if self.threshold is not None:
            self.thresholds_ = np.full(len(self.topics), self.threshold, dtype=np.float32)
        else:
            background = self.scores(embed(list(BACKGROUND)))
            self.thresholds_ = np.quantile(background, self.background_quantile, axis=0).astype(np.float32)
        return self

    @property
    def names(self) -> list[str]:
        return [t.name for t in self.topics]

    def scores(self, embeddings: np.ndarray) -> np.ndarray:
        """(n, topics): best cosine of each text to any prototype of each topic."""
        if not hasattr(self, "prototypes_"):
            raise RuntimeError("TopicClassifier: call fit() first")
        sims = embeddings @ self.prototypes_.T
        out = np.full((len(embeddings), len(self.topics)), -1.0, dtype=np.float32)
        for k in range(len(self.topics)):
            out[:, k] = sims[:, self.owner_ == k].max(axis=1)
        return out

    def assign(self, scores: np.ndarray) -> list[list[TopicScore]]:
        """Topics per row, best first: above its threshold and within `margin` of the row's best."""
        result = []
        for row in scores:
            above = row - self.thresholds_
            best = above.max()
            keep = [k for k in np.argsort(-row) if above[k] > 0 and above[k] >= best - self.margin]
            result.append([TopicScore(self.topics[k].name, float(row[k])) for k in keep])
        return result
