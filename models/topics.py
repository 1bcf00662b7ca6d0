"""Zero-shot, multi-label topics by similarity in the encoder's embedding space.

Each topic is the centroid of its embedded description and example phrases. E5 similarities are
compressed (everything is 0.7-0.9 alike), so raw cosines are not comparable across topics or
texts; these steps make them so (measured on restaurant reviews, see docs/model.md):
- centering: a text's score for a topic minus its mean score over all topics, which removes how
  "generic" the text is;
- word evidence (when the encoder gives it): the best match of any single token of the text to
  the topic, centered the same way, added to the text's score. Aspects are often one word in a
  sentence about something else ("lekker gegeten, maar de sfeer was kil"), which the pooled
  embedding averages away;
- calibration: that score as a z-score, per topic, against each of two kinds of text about nothing
  in particular, computed the same way: small talk (BACKGROUND) and aspect-less review verdicts
  (VERDICTS). A topic's score is the lower of the two, so the threshold means "this far above
  what both kinds get", and neither kind gets a topic. Either alone lets one kind through: small
  talk sits far from every topic, so against it alone any review-like text looks significant
  ("Not bad at all, would buy again." got three topics); verdicts sit far from some topics
  (location, drinks), so against them alone those topics fire too easily.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from models.settings import TopicSpec

Embed = Callable[[Sequence[str]], np.ndarray]
# (texts, probes) -> (n, probes) word evidence, as in models.encoder.Encoding.words
Words = Callable[[Sequence[str], np.ndarray], np.ndarray]

# The customer touchpoints; examples in the languages of the first users, phrased as customers do.
DEFAULT_TOPICS: tuple[TopicSpec, ...] = (
    TopicSpec(
        name="product quality",
        description="the quality of the product itself: build, defects, durability, performance",
        examples=("de fiets is na twee weken al kapot", "produktet er solid og godt laget",
                  "great build quality, works perfectly", "das Material fühlt sich billig an"),
    ),
    TopicSpec(
        name="customer service and staff",
        description="customer service, helpdesk and staff: friendliness, expertise, how help was given",
        examples=("de medewerker was super vriendelijk en behulpzaam", "kundeservice svarte aldri",
                  "the staff were rude and unhelpful", "sehr kompetente Beratung im Laden"),
    ),
    TopicSpec(
        name="price and value",
        description="price, cost, discounts and value for money",
        examples=("veel te duur voor wat je krijgt", "god pris og mye for pengene",
                  "great value for money", "die Preise sind gestiegen"),
    ),
    TopicSpec(
        name="delivery, stock and waiting time",
        description="delivery, shipping, stock availability, waiting times and track and trace",
        examples=("mijn bestelling is nog steeds niet geleverd", "pakken kom tre dager for sent",
                  "out of stock again, still waiting for my order", "Lieferung kam pünktlich an"),
    ),
    TopicSpec(
        name="store and facilities",
        description="the physical store: location, opening hours, parking, cleanliness, atmosphere",
        examples=("de winkel in Utrecht is mooi en ruim", "butikken var rotete og trang",
                  "the shop was closed during opening hours", "gute Parkmöglichkeiten vor dem Geschäft"),
    ),
    TopicSpec(
        name="website, app and phone",
        description="the website, webshop, app, online ordering, payment and reaching them by phone",
        examples=("de website loopt steeds vast bij het afrekenen", "appen krasjer hele tiden",
                  "could not get through on the phone", "der Onlineshop ist übersichtlich"),
    ),
    TopicSpec(
        name="complaints, returns and warranty",
        description="complaints, returns, refunds, repairs and warranty claims",
        examples=("retour sturen was een drama, nog steeds geen geld terug", "garantien dekket reparasjonen",
                  "they refused my refund", "Reklamation wurde schnell bearbeitet"),
    ),
    TopicSpec(
        name="advertising and communication",
        description="advertising, campaigns, newsletters, social media posts and announcements by the company",
        examples=("die nieuwe reclame op tv is geweldig", "nyhetsbrevet kommer altfor ofte",
                  "misleading ad, the offer wasn't real", "tolle Werbekampagne"),
    ),
)

# Off-topic texts that calibrate "about nothing": no topic should fire on these.
BACKGROUND = (
    "Het regent morgen in het hele land.", "Fijne verjaardag gewenst!", "Wie kijkt er vanavond voetbal?",
    "Goedemorgen allemaal", "Ik ga dit weekend wandelen.", "Tot straks", "Hahaha zo grappig",
    "De minister presenteert vandaag de begroting.", "Mijn kat slaapt de hele dag.", "Wat een mooie zonsondergang",
    "Været blir fint i helgen.", "Gratulerer med dagen!", "Hvem vant kampen i går?", "Jeg er så trøtt i dag.",
    "Regjeringen legger frem statsbudsjettet.", "God jul og godt nytt år", "Skal på hytta i påsken.",
    "Eg gler meg til sommaren.", "Vejret er gråt i dag.", "Vi ses i morgen!", "Vad gör ni i helgen?",
    "Det snöar i Stockholm.", "The weather is nice today.", "Happy new year everyone!", "Who won the game last night?",
    "I'm reading a book about history.", "lol", "ok", "Thanks!", "Good night all", "Can't wait for the weekend",
    "The election results come in tonight.", "My dog loves the beach.", "Das Wetter ist heute schön.",
    "Wir fahren morgen in den Urlaub.", "Wer hat das Spiel gestern gewonnen?", "Schönes Wochenende euch allen!",
    "Der Bundestag debattiert heute.", "Il pleut à Paris aujourd'hui.", "Bon anniversaire !", "Hoy hace mucho calor.",
    "¿Quién ganó el partido?", "Feliz Navidad a todos", "Buongiorno a tutti", "Bom dia!",
)

# Verdicts about nothing in particular, as reviews and replies end: "about nothing" in the register
# the model reads (see the module docstring for why both backgrounds count).
VERDICTS = (
    "Top, zeker voor herhaling vatbaar.", "Dik tevreden, dank jullie wel!", "Viel een beetje tegen.",
    "Nooit meer.", "Prima, niks op aan te merken.", "Vijf sterren van mij.", "Zeer teleurgesteld.",
    "Het was oké, meer niet.", "Highly recommend!", "Absolutely terrible experience.",
    "It was fine, nothing special.", "Five stars from me.", "Would not recommend.", "Very happy, thank you!",
    "Best ever!", "Anbefales på det sterkeste!", "Veldig fornøyd, takk!", "Skuffende.", "Aldri igjen.",
    "Helt ok.", "Terningkast seks.", "Absolut empfehlenswert!", "Sehr enttäuscht.",
    "War okay, nichts Besonderes.", "Nie wieder!", "Fünf Sterne, top!", "Rundum zufrieden.",
    "Rekommenderas varmt!", "Mycket nöjd.", "Kan varmt anbefales.", "Meget skuffet.",
    "Je recommande vivement !", "Très déçu.", "Rien à redire.", "¡Muy recomendable!", "Una decepción total.",
)


@dataclass(frozen=True)
class TopicScore:
    name: str
    score: float  # z-score of the centered similarity against text about nothing (the lower of two backgrounds)


DEFAULT_Z = 2.0


class TopicClassifier:
    def __init__(self, topics: Sequence[TopicSpec] = DEFAULT_TOPICS, threshold: float | None = None) -> None:
        self.topics = tuple(topics)
        self.threshold = DEFAULT_Z if threshold is None else threshold

    def fit(self, embed: Embed, words: Words | None = None) -> "TopicClassifier":
        """Embed the prototypes once and calibrate against small talk; with `words`, every score
        also counts the text's best-matching token (and must be given it: see `scores`)."""
        if not self.topics:
            raise ValueError("topics: define at least one topic, or leave `topics:` out for the default set")
        centroids = [embed([t.description, *t.examples]).mean(axis=0) for t in self.topics]
        self.centroids_ = np.stack([c / np.linalg.norm(c) for c in centroids]).astype(np.float32)
        self.uses_words_ = words is not None
        means, stds = [], []
        for texts in (list(BACKGROUND), list(VERDICTS)):
            background = self._raw(embed(texts), words(texts, self.centroids_) if words else None)
            means.append(background.mean(axis=0))
            stds.append(background.std(axis=0) + 1e-6)
        self.mean_, self.std_ = np.stack(means), np.stack(stds)  # (backgrounds, topics)
        return self

    @property
    def names(self) -> list[str]:
        return [t.name for t in self.topics]

    def _centered(self, sims: np.ndarray) -> np.ndarray:
        return sims - sims.mean(axis=1, keepdims=True) if sims.shape[1] > 1 else sims

    def _raw(self, embeddings: np.ndarray, words: np.ndarray | None) -> np.ndarray:
        raw = self._centered(embeddings @ self.centroids_.T)
        if self.uses_words_:
            if words is None:
                raise ValueError("TopicClassifier was calibrated with word evidence; pass `words` too")
            raw = raw + words
        return raw

    def scores(self, embeddings: np.ndarray, words: np.ndarray | None = None) -> np.ndarray:
        """(n, topics): calibrated z-scores (the lower against either background); above `threshold`
        means about that topic."""
        if not hasattr(self, "centroids_"):
            raise RuntimeError("TopicClassifier: call fit() first")
        raw = self._raw(embeddings, words)
        return ((raw[:, None, :] - self.mean_[None]) / self.std_[None]).min(axis=1)

    def assign(self, scores: np.ndarray) -> list[list[TopicScore]]:
        """Topics per row above the threshold, best first."""
        return [
            [TopicScore(self.topics[k].name, float(row[k])) for k in np.argsort(-row) if row[k] > self.threshold]
            for row in scores
        ]
