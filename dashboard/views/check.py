"""Check text: paste a text, or upload a CSV, and see what the model makes of it."""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard import data
from dashboard.checking import InputError, UploadedTable, check_text, classified_csv, read_csv_upload, sentence_rows, topic_rows
from monitor.check_input import MAX_CHECK_CHARS
from monitor.display import language_name, plural


def _classifier() -> Any:
    return data.classifier(data.context().config_file)


def show_result(result: Any) -> None:
    s = result.sentiment
    cols = st.columns(4)
    cols[0].metric("Language", language_name(result.language.code),
                   help=f"{result.language.code}, detection confidence {result.language.confidence:.0%}")
    cols[1].metric("Sentiment", s.label)
    cols[2].metric("Score (-1 to 1)", f"{s.score:+.2f}")
    cols[3].metric("Confidence", f"{s.confidence:.0%}")
    st.markdown("**Topics** (each with the sentiment of the sentences about it)")
    if result.topics:
        for row in topic_rows(result, threshold=_classifier().topics_.threshold):
            st.markdown(f"**{row['topic']}** · {row['sentiment']} ({row['score']:+.2f}) · {row['strength']} match",
                        help=row["strength_help"])
    else:
        st.caption("No topic: the text is not clearly about any configured topic.")
    if len(result.sentences) > 1:
        st.markdown("**Sentence by sentence**")
        st.dataframe(sentence_rows(result), hide_index=True, width="stretch")


def paste_tab() -> None:
    text = st.text_area("Text", key="check_text", height=160, placeholder="De fiets is top, maar de levering duurde drie weken",
                        help=f"Any language; at most {MAX_CHECK_CHARS:,} characters.")
    if not st.button("Check", key="check_run", type="primary"):
        return
    try:
        checked = check_text(text)
    except InputError as exc:
        st.warning(str(exc))
        return
    result = _classifier().classify([checked])[0]
    show_result(result)


def upload_tab() -> None:
    upload = st.file_uploader("CSV file with a header row and one text per row", type=["csv", "txt"], key="check_csv")
    if upload is None:
        st.caption("The download has your columns plus language, sentiment, score, confidence and topics.")
        return
    try:
        table = read_csv_upload(upload.name, upload.getvalue())
    except InputError as exc:
        st.warning(str(exc))
        return
    column = st.selectbox("Text column", table.columns, index=table.columns.index(table.default_column()), key="check_column")
    st.caption(f"{len(table.rows):,} rows in {table.name}")
    try:
        texts = table.texts(column)
    except InputError as exc:
        st.warning(str(exc))
        return
    if st.button("Classify the file", key="check_csv_run", type="primary"):
        _classify_upload(table, texts)


def _classify_upload(table: UploadedTable, texts: list[str]) -> None:
    with st.spinner(f"Classifying {len(texts):,} texts…"):
        results = _classifier().classify(texts)
    output = classified_csv(table, results)
    counts = {label: sum(r.sentiment.label == label for r in results) for label in ("negative", "neutral", "positive")}
    st.success(f"Classified {plural(len(results), 'text')}: " + ", ".join(f"{n:,} {label}" for label, n in counts.items()))
    name = table.name.rsplit(".", 1)[0] + "-classified.csv"
    st.download_button("Download the classified CSV", output, file_name=name, mime="text/csv", key="check_download")


st.title("Check text")
st.caption("Language, sentiment with confidence, topics and the sentence breakdown of any text, by the same model as the mentions.")
paste, upload = st.tabs(["Paste a text", "Upload a CSV"])
with paste:
    paste_tab()
with upload:
    upload_tab()
