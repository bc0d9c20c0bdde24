"""Throughput of claim extraction against spaCy's bare tokenizer, in one run.

Generates varied review-like text in memory (background prose, cited and uncited
study sentences in many attribution shapes, follow-up sentences, TSV tables of
studies, numbered reference lists), wraps it in Documents with one block per
paragraph, twice: as web pages (plus page furniture and comment threads, labelled
as ingest labels them) and as dense review text (every block main). For each it
prints words/s for:
  - ``spacy.blank("en")`` tokenizing the same full texts,
  - ``extractors.extract`` on one core, and the ratio of the two,
  - ``extract`` over two processes (batches of documents handed out as workers free
    up, one pipeline per process), with the CPU seconds the workers got and, as the
    ceiling this machine allows right now, the speed-up two processes get on a bare
    Python loop: on a shared machine other jobs hold the second core,
and the peak RSS of this process and of the workers, and the load average.

One-process figures are words per CPU second of this process (it runs on one core),
so other jobs on a shared machine do not skew the ratio to the tokenizer; both the
tokenizer and the extraction are timed twice and the faster run kept, so a stall on a
shared core hits neither side alone (extraction memos are per document, so the second
run reads nothing from the first). The two-process figure is wall-clock, against the
one-process CPU time.

    .venv/bin/python benchmarks/extract.py [--mb 5] [--seed 7]
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import random
import resource
import time

import spacy

from extractors import extract
from extractors.passages import plan_document
from pipeline.model import Block, Document

SURNAMES = ["Marsh", "Okafor", "Lee", "van der Berg", "de Vries", "Garcia-Lopez", "Müller", "O'Brien", "Nakamura",
            "Silva", "Kowalski", "Haddad", "Chen", "Patel", "Johansson", "Rossi", "Dubois", "Novak", "Ahmed", "Kim",
            "McDonald", "Fischer", "Costa", "Ivanova", "Mensah", "Yilmaz", "Larsen", "Tanaka", "Moreau", "Brennan"]
DRUGS = ["sertraline", "fluoxetine", "D-cycloserine", "ketamine", "melatonin", "propranolol", "escitalopram",
         "N-acetylcysteine", "modafinil", "memantine", "lithium", "quetiapine", "psilocybin", "omega-3"]
CONDITIONS = ["panic disorder", "PTSD", "social anxiety disorder", "major depression", "insomnia", "OCD",
              "schizophrenia", "bipolar depression", "generalized anxiety disorder", "alcohol use disorder"]
SCALES = ["PDSS", "CAPS", "LSAS", "HAMD", "MADRS", "ISI", "Y-BOCS", "PANSS", "HAMA", "BDI-II", "GAD-7", "PHQ-9"]
COMPARATORS = ["placebo", "waitlist", "usual care", "sham stimulation", "exposure therapy alone", "sertraline"]
JOURNALS = ["JAMA Psychiatry", "the Journal of Psychopharmacology", "The Lancet Psychiatry", "Biological Psychiatry",
            "the American Journal of Psychiatry", "Psychological Medicine", "BMC Psychiatry"]
NOUNS = ["clinicians", "patients", "families", "researchers", "guidelines", "services", "insurers", "regulators"]
VERBS = ["recommend", "describe", "emphasise", "question", "discuss", "review", "debate", "highlight"]
TOPICS = ["sleep hygiene", "treatment adherence", "relapse prevention", "side effects", "dose titration",
          "comorbidity", "access to care", "stigma", "cost", "long-term follow-up"]
NUMBER_WORDS = ["Twelve", "Twenty-four", "Thirty", "Forty-eight", "Sixty"]


def _author(rng: random.Random) -> str:
    name, year = rng.choice(SURNAMES), rng.randint(1995, 2024)
    return rng.choice([
        f"{name} et al. ({year})", f"{name} and colleagues ({year})", f"{name} & {rng.choice(SURNAMES)} ({year})",
        f"{name} ({year})", f"{name} et al., {year}",
    ])


def _citation(rng: random.Random, refs: int) -> str:
    n = rng.randint(1, refs)
    return rng.choice([f" [{n}]", f" [{n}, {n + 1}]", f" [{n}-{n + 2}]", f"^[{n}]", "", "",
                       f" ({rng.choice(SURNAMES)} et al., {rng.randint(1995, 2024)}; {rng.choice(SURNAMES)} {rng.randint(1995, 2024)})"])


def _study_sentence(rng: random.Random, refs: int) -> str:
    drug, condition, scale = rng.choice(DRUGS), rng.choice(CONDITIONS), rng.choice(SCALES)
    n, dose, comparator = rng.randint(12, 480), rng.choice([5, 10, 25, 50, 100, 250, 500]), rng.choice(COMPARATORS)
    lead = rng.choice([
        f"{_author(rng)} randomized {n} adults with {condition} to {drug} or {comparator}",
        f"In a trial of {n} patients with {condition}, {drug} {dose} mg daily was compared with {comparator}",
        f"A {rng.randint(1998, 2024)} study published in {rng.choice(JOURNALS)} gave {drug} ({dose} mg) to {n} participants",
        f"{rng.choice(NUMBER_WORDS)} outpatients with {condition} received {dose} mg of {drug} one hour before each session",
        f"A large trial funded by the NIH (n = {n}) tested {drug} against {comparator} in {condition}",
    ])
    result = rng.choice([
        f"and reported greater reductions on the {scale} (p = 0.0{rng.randint(1, 4)})",
        f"but found no significant difference on the {scale} at week {rng.randint(4, 16)}",
        f"and {comparator} improved more than {drug} on the {scale}",
        "with faster early gains but no difference at end of treatment",
        f"and improved {scale} scores by {rng.randint(2, 15)}.{rng.randint(0, 9)} points",
    ])
    return f"{lead} {result}{_citation(rng, refs)}."


def _follow_up(rng: random.Random) -> str:
    return rng.choice([
        f"Participants received {rng.choice([10, 20, 40])} mg/kg or placebo for {rng.randint(4, 12)} weeks.",
        "The effect did not persist at follow-up.",
        f"Of these, {rng.randint(10, 90)} completed the study and were analysed.",
        "Adverse events were mild and transient.",
    ])


def _background(rng: random.Random) -> str:
    return (f"Many {rng.choice(NOUNS)} {rng.choice(VERBS)} {rng.choice(TOPICS)} when they plan care for "
            f"{rng.choice(CONDITIONS)}, and the details vary from one setting to the next. "
            f"This section summarises how {rng.choice(TOPICS)} is usually handled, e.g. in primary care vs. specialist clinics.")


def _table(rng: random.Random) -> str:
    rows = ["Study\tN\tDose\tComparator\tPrimary outcome\tKey finding\tRef."]
    for _ in range(rng.randint(3, 8)):
        rows.append("\t".join([
            f"{rng.choice(SURNAMES)} {rng.randint(1995, 2024)}", str(rng.randint(10, 300)),
            f"{rng.choice([5, 10, 50, 100])} mg", rng.choice(COMPARATORS).capitalize(), rng.choice(SCALES),
            rng.choice(["Improved", "No difference", "Worse than control", "Mixed results"]),
            rng.choice([f"[{rng.randint(1, 30)}]", ""]),
        ]))
    return "\n".join(rows)


def _references(rng: random.Random, refs: int) -> str:
    lines = ["References"]
    for i in range(1, refs + 1):
        a, b = rng.choice(SURNAMES), rng.choice(SURNAMES)
        lines.append(f"{i}. {a} AB, {b} C. {rng.choice(DRUGS).capitalize()} for {rng.choice(CONDITIONS)}: a randomised trial. "
                     f"J Psychiatr Res. {rng.randint(1995, 2024)};{rng.randint(1, 90)}:{rng.randint(1, 900)}-{rng.randint(901, 999)}. "
                     f"doi:10.{rng.randint(1000, 9999)}/jpr.{rng.randint(10000, 99999)}")
    return "\n".join(lines)


def _furniture(rng: random.Random) -> str:
    """Page furniture that ingest labels boilerplate: menus, banners, shop blocks, footers."""
    return rng.choice([
        " | ".join(rng.sample(["Home", "Shop", "Research", "Blog", "About", "Contact", "FAQ", "Cart (0)", "Log in"], 6)),
        "We use cookies to improve your experience. By clicking Accept you agree to our use of cookies. Manage preferences",
        f"{rng.choice(DRUGS).capitalize()} {rng.choice([5, 10, 50, 100])} mg, {rng.randint(30, 120)} capsules - "
        f"${rng.randint(9, 90)}.{rng.randint(10, 99)} Add to cart. Free shipping on orders over ${rng.randint(30, 80)}.",
        f"Copyright {rng.randint(2015, 2025)} {rng.choice(SURNAMES)} Health Ltd. All rights reserved. Privacy policy | Terms",
        "Subscribe to our newsletter for weekly research updates and exclusive discounts. Enter your email address.",
        "These statements have not been evaluated by the Food and Drug Administration. Not intended to diagnose or treat.",
    ])


def _comment(rng: random.Random) -> str:
    name = rng.choice(["Kayla", "Tom", "Priya", "Mark R.", "anon", "sleepless_in_leeds", "Dr. Ana", "Greg"])
    body = rng.choice([
        f"I take {rng.choice([25, 50, 100])} mg every night and it helped my sleep a lot.",
        "Does this interact with birth control?",
        f"Tried it for {rng.randint(2, 12)} weeks, nothing. Waste of money.",
        "Great article, thanks for sharing!",
        f"My doctor said a {rng.randint(2015, 2024)} study found it works for {rng.choice(CONDITIONS)}.",
    ])
    return f"{name} says: March {rng.randint(1, 28)}, {rng.randint(2019, 2025)} at {rng.randint(1, 12)}:{rng.randint(10, 59)} pm\n{body}"


def make_document(rng: random.Random, index: int, web: bool) -> Document:
    """A review-like document; as a web page it also carries page furniture and a
    comment thread, in the proportions our vendor and blog fixtures have."""
    refs = rng.randint(8, 30)
    paragraphs: list[tuple[str, str, str]] = []
    if web:
        paragraphs += [(_furniture(rng), "boilerplate", "paragraph") for _ in range(rng.randint(3, 8))]
    for _ in range(rng.randint(10, 30)):
        kind = rng.random()
        if kind < 0.1:
            paragraphs.append((_table(rng), "main", "table_row"))
            continue
        sentences = []
        for _ in range(rng.randint(2, 6)):
            pick = rng.random()
            sentences.append(_study_sentence(rng, refs) if pick < 0.4 else _follow_up(rng) if pick < 0.55 else _background(rng))
        paragraphs.append((" ".join(sentences), "main", "paragraph"))
    paragraphs.append((_references(rng, refs), "references", "list_item"))
    if web:
        paragraphs += [(_comment(rng), "comments", "paragraph") for _ in range(rng.randint(0, 12))]
        paragraphs += [(_furniture(rng), "boilerplate", "paragraph") for _ in range(rng.randint(3, 8))]
    text, blocks = "", []
    for body, label, kind in paragraphs:
        start = len(text)
        text += body
        blocks.append(Block(start, len(text), label, kind))
        text += "\n\n"
    return Document(doc_id=f"bench-{index}", source=f"bench/{index}.txt", kind="text", sha256="", text=text, blocks=blocks)


def make_corpus(megabytes: float, seed: int, web: bool) -> list[Document]:
    rng = random.Random(seed)
    docs, size = [], 0
    while size < megabytes * 1_000_000:
        docs.append(make_document(rng, len(docs), web))
        size += len(docs[-1].text.encode("utf-8"))
    return docs


_CORPUS: list[Document] = []
BATCH_DOCUMENTS = 16  # small enough that two workers finish together, large enough to amortise a task


def _extract_slice(bounds: tuple[int, int]) -> tuple[int, float]:
    """Claims found in one batch of the corpus and the CPU seconds spent on it."""
    started = time.process_time()
    results = extract(_CORPUS[bounds[0]:bounds[1]])
    return sum(len(r.claims) for r in results), time.process_time() - started


def _spin(_: int) -> None:
    total = 0
    for i in range(10_000_000):
        total += i


def parallel_ceiling() -> float:
    """Speed-up of two processes over one on a pure-Python loop, measured now."""
    started = time.perf_counter()
    _spin(0)
    _spin(1)
    one = time.perf_counter() - started
    with multiprocessing.get_context("fork").Pool(2) as pool:
        started = time.perf_counter()
        pool.map(_spin, [0, 1])
        two = time.perf_counter() - started
    return one / two


def measure(label: str, megabytes: float, seed: int, web: bool) -> None:
    global _CORPUS
    _CORPUS = make_corpus(megabytes, seed, web)
    passages = [p.text for d in _CORPUS for p in plan_document(d).passages]
    size = sum(len(d.text.encode("utf-8")) for d in _CORPUS) / 1e6
    words = sum(len(d.text.split()) for d in _CORPUS)
    print(f"== {label}: {len(_CORPUS)} documents, {size:.1f} MB, {words:,} words, "
          f"{len(set(passages)):,} distinct of {len(passages):,} passages read")

    blank = spacy.blank("en")
    tokenizer_s = float("inf")
    for _ in range(2):  # the first pass also fills the vocabulary; keep the faster one
        started = time.process_time()
        for _ in blank.tokenizer.pipe((d.text for d in _CORPUS), batch_size=64):
            pass
        tokenizer_s = min(tokenizer_s, time.process_time() - started)

    extract(_CORPUS[:2])  # build the shared pipeline outside the timing
    one_s = float("inf")
    for _ in range(2):  # timed like the tokenizer: twice, the faster kept (every memo is per document)
        started = time.process_time()
        claims = sum(len(r.claims) for r in extract(_CORPUS))
        one_s = min(one_s, time.process_time() - started)

    batches = [(i, min(i + BATCH_DOCUMENTS, len(_CORPUS))) for i in range(0, len(_CORPUS), BATCH_DOCUMENTS)]
    gc.freeze()  # forked workers then share the corpus pages instead of copying them on the first collection
    with multiprocessing.get_context("fork").Pool(2) as pool:
        started = time.perf_counter()
        done = list(pool.imap_unordered(_extract_slice, batches))
        two_s = time.perf_counter() - started
    gc.unfreeze()
    two_claims, worker_cpu = sum(c for c, _ in done), sum(s for _, s in done)
    ceiling = parallel_ceiling()
    assert two_claims == claims, (two_claims, claims)

    print(f"bare tokenizer    {words / tokenizer_s:>12,.0f} words/s  (blank('en') over the full texts)")
    print(f"extract, 1 proc   {words / one_s:>12,.0f} words/s  ({claims:,} claims; "
          f"{tokenizer_s / one_s:.3f}x the tokenizer)")
    print(f"extract, 2 procs  {words / two_s:>12,.0f} words/s  (speed-up {one_s / two_s:.2f}x; workers got "
          f"{worker_cpu:.1f} CPU s in {two_s:.1f} s wall, one process needed {one_s:.1f} CPU s; "
          f"a bare loop gets {ceiling:.2f}x on this machine now; load {os.getloadavg()[0]:.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    measure("web pages (furniture, body, references, comments)", args.mb, args.seed, web=True)
    measure("dense review text (every block main)", args.mb, args.seed, web=False)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS          {own:,.0f} MB (this process), {children:,.0f} MB (largest worker)")


if __name__ == "__main__":
    main()
