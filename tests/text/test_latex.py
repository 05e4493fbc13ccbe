"""latex: a paper's LaTeX source read as the text it typesets, every span still pointing into the source."""
from __future__ import annotations

import bilat
from bilat.records import Document
from bilat.text.latex import is_latex
from bilat.text.normalize import normalize

PAPER = r"""\documentclass[11pt]{article}
\usepackage[utf8]{inputenc}
% draft 3 -- revised on 15 April 2020
\title{A Century of Franco-Azerbaijani Cultural Relations}
\author{Leyla Huseynova\\ \small Institute of History, Baku}
\date{May 2020}
\begin{document}
\maketitle
\section{Introduction}
This paper was first presented at the conference \textit{France and Azerbaijan: A Century of Dialogue}, held in Baku
on 24--25 October 2019.\footnote{The programme was published on 2 September 2019.} The \'emigr\'e journal
\emph{Azerba\"{i}djan} appeared in Paris \cite{topchubashov2014}.
\begin{table}[h]
\centering
\caption{Milestones}
\begin{tabular}{lll}
\toprule
Date & Place & Event \\
\midrule
20.12.1993 & Paris & Agreement on cultural cooperation signed \\
04.2007 & Paris, Strasbourg & Days of Azerbaijani Culture \\
\bottomrule
\end{tabular}
\end{table}
\begin{thebibliography}{9}
\bibitem{topchubashov2014} A.~Topchubashov, \textit{Paris Archives, 1919--1940}, Baku, 2014.
\end{thebibliography}
\end{document}
"""


def doc(text: str) -> Document:
    return Document(path="<text>", name="paper.tex", sha256="", format="txt", encoding="utf-8", text=text)


def test_a_papers_source_reads_as_its_text():
    assert is_latex(PAPER) and not is_latex("Prices rose by 5% in 2019 \\ and more.")
    t = normalize(doc(PAPER))
    lines = [line.strip() for line in t.text.splitlines() if line.strip()]
    assert lines[:4] == ["A Century of Franco-Azerbaijani Cultural Relations", "Leyla Huseynova  Institute of History, Baku",
                         "May 2020", "Introduction"]
    assert "on 24–25 October 2019." in t.text and "émigré journal\nAzerbaïdjan appeared in Paris ." in t.text
    assert "The programme was published on 2 September 2019." in lines  # a footnote: a paragraph of its own
    assert "20.12.1993 \t Paris \t Agreement on cultural cooperation signed" in lines  # a table's row: cells by tabs
    assert not any(w in t.text for w in ("draft", "usepackage", "\\", "bibitem", "Archives", "topchubashov"))


def test_a_papers_events_point_into_its_source():
    evs = bilat.extract(PAPER)
    got = sorted((e.type, e.date) for e in evs if e.date)
    assert got == [("agreement", "1993-12-20"), ("culture_days", "2007-04"), ("forum", "2019-10-24/2019-10-25")]
    forum = next(e for e in evs if e.type == "forum")
    src = forum.sources[0]
    assert PAPER[src.start:src.end].startswith("This paper was first presented") and "24--25 October 2019" in (
        PAPER[src.start:src.end])
