"""The words that set an incident's mentions apart from the scope's usual complaints."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

# Function words of the languages the model covers first; terms are what is left.
STOPWORDS = frozenset("""
de het een en van in is dat op te met voor niet zijn er maar om als ook aan bij dan nog wel naar
uit door over of wat al die dit deze was heb hebt heeft hun ze zij hij ik je jij we wij mijn me
mij ons onze u jullie geen meer zo kan kun worden wordt werd nu toen hier daar echt heel erg
og i det er en et til på som av for med har de den ikke om var jeg du vi han hun seg meg sin
sitt så men fra kan vil skal ble blir være hadde eller noe nå der her hva hvor også etter
the a an and or of to in is it that this for on with as was were be been are at by from not
but have has had i you we they he she my our your their me us them so if then than too very
just about what which who will would can could do does did no yes all any more some there
der die das und ist nicht ein eine einen dem den des zu mit von im auf für sich auch es ich
wir sie er hat haben war sind noch nur wie aber wenn dass oder so schon bei nach aus mein
og af at det en et er for med på til som ikke har jeg vi han hun den de var men fra kan vil
och att det som en på är för med av inte har jag vi han hon den de var men från kan
le la les un une des et est en du de dans que qui pour pas ne au aux ce il elle je nous vous
sur avec par plus mais ou son sa ses
el la los las un una y es en de que por para con no se lo al del su sus mi pero muy
""".split())
WORD = re.compile(r"[^\W\d_][\w'-]{2,}", re.UNICODE)


def tokens(text: str) -> set[str]:
    """Distinct content words of a text, lower case (document frequency counts each once)."""
    return {w for w in (m.group(0).lower().strip("'-") for m in WORD.finditer(text)) if w not in STOPWORDS and len(w) > 2}


def distinctive_terms(incident: Sequence[str], baseline: Sequence[str], exclude: Iterable[str] = (),
                      limit: int = 8) -> list[dict[str, float | int | str]]:
    """Terms in at least two incident texts, ranked by count times log lift over the baseline."""
    skip = {w.lower() for name in exclude for w in re.findall(r"\w+", name)}
    now = Counter(w for text in incident for w in tokens(text) if w not in skip)
    before = Counter(w for text in baseline for w in tokens(text))
    n_now, n_before = max(len(incident), 1), max(len(baseline), 1)
    ranked = []
    for term, count in now.items():
        if count < 2:
            continue
        lift = (count / n_now) / ((before[term] + 0.5) / (n_before + 1))
        if lift >= 1.5:
            ranked.append((count * math.log(lift), term, count, lift))
    ranked.sort(reverse=True)
    return [{"term": t, "count": c, "baseline_count": before[t], "lift": round(lift, 2)} for _, t, c, lift in ranked[:limit]]
