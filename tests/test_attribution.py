"""Clauses of attribution: who says a figure is not what the figure measures."""

from __future__ import annotations

from pathlib import Path

import pytest

from vraem_claims.analysis import analyse
from vraem_claims.attribution import says_who, split_attribution

from conftest import claim, corpus_of


@pytest.mark.parametrize(
    ("statement", "rest", "clauses"),
    [
        (
            "Las víctimas fueron captadas con ofertas falsas, reseña la Revista Wamani.",
            "Las víctimas fueron captadas con ofertas falsas",
            "reseña la Revista Wamani",
        ),
        (
            "En 2019 se notificaron 310 casos en el valle, recuerda la ONG Aire Andino.",
            "En 2019 se notificaron 310 casos en el valle",
            "recuerda la ONG Aire Andino",
        ),
        (
            "The ferry carried 400 people a day before the bridge opened, the mayor recalled.",
            "The ferry carried 400 people a day before the bridge opened",
            "the mayor recalled",
        ),
        (
            # Hashtags opening a post file it, as a tag does (blind16, studied).
            "#SantaRosa #Fuga «Tejón» fue recapturado con 85 kilos de PBC.",
            "«Tejón» fue recapturado con 85 kilos de PBC.",
            "#SantaRosa #Fuga",
        ),
        (
            # A reporting verb in the present opens the statement (blind15, studied).
            "El director regional de salud declara que la consejería es gratuita.",
            "la consejería es gratuita.",
            "El director regional de salud declara que",
        ),
        (
            "Según la fiscalía, el kerosene decomisado iba a Vizcatán.",
            "el kerosene decomisado iba a Vizcatán.",
            "Según la fiscalía",
        ),
        (
            "More than 700,000 people live in the VRAEM according to the 2017 census.",
            "More than 700,000 people live in the VRAEM .",
            "according to the 2017 census",
        ),
        (
            "Around 50 airstrips remain active, according to DEVIDA; most are in Vizcatán.",
            "Around 50 airstrips remain active; most are in Vizcatán.",
            "according to DEVIDA",
        ),
        (
            "En 2009 hubo 42 acciones terroristas en el VRAE, de acuerdo con el viceministro.",
            "En 2009 hubo 42 acciones terroristas en el VRAE.",
            "de acuerdo con el viceministro",
        ),
        (
            "La Policía destruyó 1.460 pozas de maceración en 2016, dijo el coronel Ríos.",
            "La Policía destruyó 1.460 pozas de maceración en 2016",
            "dijo el coronel Ríos",
        ),
        (
            "Police destroyed 1,460 maceration pits, the colonel said on the radio.",
            "Police destroyed 1,460 maceration pits",
            "the colonel said on the radio",
        ),
        (
            "The head of the special command said that 46 airstrips were destroyed in 2018.",
            "46 airstrips were destroyed in 2018.",
            "The head of the special command said that",
        ),
        (
            "La Marina informó que hubo casi 2.000 patrullajes fluviales en 2024.",
            "hubo casi 2.000 patrullajes fluviales en 2024.",
            "La Marina informó que",
        ),
        (
            "Cesar Ortiz, president of APROSEC, said pacifying the VRAEM is a hard mission.",
            "pacifying the VRAEM is a hard mission.",
            "Cesar Ortiz, president of APROSEC, said",
        ),
        (
            "Police said the hold of the boat also held 37 parrots.",
            "the hold of the boat also held 37 parrots.",
            "Police said",
        ),
        # blind7: a note's field that names its source.
        (
            "qué: pasaje fluvial | cuándo: marzo de 2007 | cuánto: 25 soles | fuente: carta",
            "qué: pasaje fluvial | cuándo: marzo de 2007 | cuánto: 25 soles",
            "fuente: carta",
        ),
        # blind10: "Per the ..." opens a statement with its source.
        (
            "Per the flight log, 23 active strips were found in March 2022.",
            "23 active strips were found in March 2022.",
            "Per the flight log",
        ),
        (
            "Per Renner's op-ed, 1,500 ha were planted.",
            "1,500 ha were planted.",
            "Per Renner's op-ed",
        ),
        # blind10: in Spanish, "Para la Policía, ..." says whose view follows.
        (
            "Para la Policía, la Operación Tenaza dejó 47 detenidos",
            "la Operación Tenaza dejó 47 detenidos",
            "Para la Policía",
        ),
        (
            "Para el candidato Ayme, más de 13 mil vecinos tenían DNI en 2022",
            "más de 13 mil vecinos tenían DNI en 2022",
            "Para el candidato Ayme",
        ),
        (
            "Coca area: 21,000 ha, source: UNODC",
            "Coca area: 21,000 ha",
            "source: UNODC",
        ),
        # blind10: an analyst's closing tag says how far to trust the statement.
        (
            "La campaña de drones contó 23 pistas activas en el valle [firme]",
            "La campaña de drones contó 23 pistas activas en el valle",
            "firme",
        ),
        (
            "Murieron los 2 tripulantes [en disputa].",
            "Murieron los 2 tripulantes",
            "en disputa",
        ),
        (
            "Coca area 2020: 21,000 ha. Source: UNODC survey 2021",
            "Coca area 2020: 21,000 ha.",
            "Source: UNODC survey 2021",
        ),
        # blind13: an outlet's tag opening the statement.
        (
            "[TAPA] Police rescued 47 women in the Candil raid.",
            "Police rescued 47 women in the Candil raid.",
            "TAPA",
        ),
        # blind11: one who writes says it too.
        (
            "A pupil writes that police seized more than six tonnes of drugs in 2018.",
            "police seized more than six tonnes of drugs in 2018.",
            "A pupil writes that",
        ),
        # blind12: an author-date citation closes an academic analyst's statements.
        (
            "The network moved cocaine base in blue boats (Boletín Judicial del Sur 2023).",
            "The network moved cocaine base in blue boats",
            "Boletín Judicial del Sur 2023",
        ),
        (
            "Coca covered 29,600 ha in 2021 (DEVIDA, 2022, p. 14)",
            "Coca covered 29,600 ha in 2021",
            "DEVIDA, 2022, p. 14",
        ),
        (
            "Murieron 2 tripulantes (Ashcombe 2020) [en disputa]",
            "Murieron 2 tripulantes",
            "en disputa; Ashcombe 2020",
        ),
        # Review (session 18): a number that counts who says it, or is part of a name, or
        # English "once", leaves a clause a source; and the speaker's verb is the one that
        # ends a speaker, not one inside an apposition.
        (
            "Police seized 740 kg of cocaine in Pichari, according to two police officers.",
            "Police seized 740 kg of cocaine in Pichari.",
            "according to two police officers",
        ),
        (
            "La policía incautó 740 kilos en Pichari, según dos fuentes policiales.",
            "La policía incautó 740 kilos en Pichari.",
            "según dos fuentes policiales",
        ),
        (
            "La policía incautó 740 kilos en Pichari, según la ONG Cinco Ríos.",
            "La policía incautó 740 kilos en Pichari.",
            "según la ONG Cinco Ríos",
        ),
        (
            "Police seized 740 kg in Pichari, according to a source once close to the mayor.",
            "Police seized 740 kg in Pichari.",
            "according to a source once close to the mayor",
        ),
        (
            "The mayor, who described the attack, said 12 soldiers died in Pichari.",
            "12 soldiers died in Pichari.",
            "The mayor, who described the attack, said",
        ),
        (
            "El alcalde, que recuerda el ataque, dijo que murieron 12 soldados en Pichari.",
            "murieron 12 soldados en Pichari.",
            "El alcalde, que recuerda el ataque, dijo que",
        ),
        # blind24: the perfect tense of a verb of saying.
        (
            "La revista ha escrito que la banda fue dirigida por «Bagre».",
            "la banda fue dirigida por «Bagre».",
            "La revista ha escrito que",
        ),
        (
            "SENASA ha recalcado que la desinfección es gratuita.",
            "la desinfección es gratuita.",
            "SENASA ha recalcado que",
        ),
    ],
)
def test_clauses_of_attribution_are_cut_out(statement: str, rest: str, clauses: str) -> None:
    assert split_attribution(statement) == (rest, clauses)


@pytest.mark.parametrize(
    "statement",
    [
        # No clause of attribution at all.
        "Police destroyed 263 clandestine landing strips in 2014.",
        # A participle of a verb of saying without its auxiliary says what the fact is
        # (third review, session 30).
        "El monto estimado que se destinó a la erradicación fue de 12 millones de soles.",
        "El distrito tiene 12 comunidades, declarado zona de emergencia desde 2003.",
        "El herido, admitido en el hospital de Pichari.",
        # A bracket inside the sentence, or a year in brackets, names no outlet; nor does
        # an editor's insertion ("[Los militares] destruyeron"), nor a month (review).
        "Police [TAPA] rescued 47 women in the Candil raid.",
        "[Los militares] destruyeron el laboratorio en Pichari.",
        "The bridge was opened to traffic (March 2019).",
        # A year alone in brackets is a date, not a citation.
        "The eradication plan (2020) set 25,000 ha.",
        # A clause that holds a figure says more than who speaks ("1,046" is no year).
        "Leaf sold at 128 soles, according to traders who also counted 1,046 pits.",
        # ... or spelled out (eval/blind13: a source clause with no comma to end it ran to
        # the "." of "op.", and took the figure and what it counts with it).
        "segun la revista southbound hubo una docena de detenidos en la op. candil",
        "According to the prosecutors twelve people were charged. The trial opened in Pichari.",
        # Verbs that tell what befell a thing are no verbs of saying.
        "The reserve covers 184,000 ha, declared a protected area in 2003.",
        "Twelve soldiers were wounded, admitted to the Pichari hospital.",
        # "estimated" is a verb of saying, but here it opens no clause.
        "Street value of the load estimated at USD 36 million.",
        # "estimated" as a participle says what is measured, not who speaks.
        "The street value of the load estimated at USD 36 million in Europe.",
        # The subject of "said" may be what the figure is about.
        "The 2009 Kimbiri Alto dam study said 14 native communities would be affected.",
        # A verb of saying that opens what is said ...
        "Police seized the load, said to weigh more than a tonne, in Pichari in 2019.",
        # ... or another fact.
        "The army destroyed twelve labs, and reported three soldiers wounded.",
        # Nothing would be left.
        "According to the police.",
        # A source that is what is measured, or a field with a figure.
        "La fuente de agua abastece a 300 familias.",
        "Per capita, the valley produced 12 kg in 2019.",
        # Brackets inside the statement, or holding a figure, are no closing tag.
        "The [army] destroyed 12 labs.",
        "Police seized 12 kg [sic] in 2019.",
        "Police seized 12 kg in 2019 [p. 14]",
        "Desplazados en Pichari: 1.240 [familias]",
        "La policía incautó 12 kg [de marihuana]",
        "Per the poll of 1,200 people, 40 % trust the police.",
        # "para" before a year or a common noun names no one whose view follows.
        "Para 2025, el gobierno prevé 40 bases en el valle.",
        "Para la campaña de 2022, se destinaron 3 millones de soles.",
        "Para el 2025, se prevén 40 bases.",
        # Review: an occasion, a place or a feast is what the figure is of, not who says it.
        "Para la Operación Tenaza, se movilizaron 1.500 efectivos.",
        "Para Pichari, el censo contó 20.000 habitantes.",
        "Para Navidad, llegaron 300 canastas.",
        # Review: a field named "... source:" is data.
        "Main income source: coca | 62% of households in Pichari (2017)",
        "Energy source: solar panels | 38% of homes",
        "Source: 2,000 families surveyed; coca area 21,000 ha",
    ],
)
def test_statements_without_a_clause_to_cut_come_back_whole(statement: str) -> None:
    assert split_attribution(statement) == (statement, "")


def test_a_number_with_a_comma_does_not_end_the_clause() -> None:
    rest, clauses = split_attribution("Según el censo de 2017, 700,000 personas viven en el valle.")
    assert (rest, clauses) == ("700,000 personas viven en el valle.", "Según el censo de 2017")


def duplicates(tmp_path: Path, claims: list[dict[str, object]]) -> set[tuple[str, str]]:
    return {pair.ids for pair in analyse(corpus_of(tmp_path / "p", claims)).duplicates}


def test_one_fact_attributed_to_two_sources_is_one_fact(tmp_path: Path) -> None:
    fields = {"value": 9, "as_of": "2019", "place": "Vizcatán"}
    claims = [
        claim(
            "es",
            "Según el padrón levantado por la Central Asháninka del Río Ene con apoyo de la "
            "municipalidad, 9 familias "
            "desplazadas regresaron a Vizcatán en 2019.",
            unit="familias",
            **fields,
        ),
        claim(
            "en",
            "9 displaced families returned to Vizcatán in 2019, according to a survey by the "
            "diocese's pastoral team and a Lima university.",
            unit="families",
            **fields,
        ),
    ]
    assert duplicates(tmp_path, claims) == {("en", "es")}


def test_the_agents_of_a_clause_still_tell_a_difference_of_scope(tmp_path: Path) -> None:
    # Police and army counting airstrips are two actors of one quantity: their figures
    # differ in scope, even when the agent is only named in the clause of attribution.
    fields = {"unit": "airstrips", "as_of": "2024"}
    claims = [
        claim(
            "police",
            "112 airstrips were disabled in 2024, according to the police.",
            value=112,
            **fields,
        ),
        claim(
            "army",
            "131 airstrips were disabled in 2024, according to the army.",
            value=131,
            **fields,
        ),
    ]
    analysis = analyse(corpus_of(tmp_path / "p", claims))
    assert [sorted(m.id for m in g.measures) for g in analysis.groups] == [["army", "police"]]
    assert [c.kind.value for c in analysis.conflicts] == ["scope_difference"]


def test_a_glossary_word_in_an_actors_name_still_says_what_is_measured(tmp_path: Path) -> None:
    fields = {"unit": "soles", "as_of": "2024", "place": "VRAEM"}
    claims = [
        claim(
            "presupuesto",
            "El proyecto asigna al VRAEM S/ 2.316 millones en 2024.",
            quantity="presupuesto asignado al VRAEM",
            attributed_to="Dirección General de Presupuesto Público",
            value=2316000000,
            **fields,
        ),
        claim(
            "budget",
            "The draft sets aside some 2.3 billion soles for the VRAEM in 2024.",
            quantity="budget for the VRAEM",
            value=2300000000,
            qualifier="about",
            **fields,
        ),
    ]
    assert duplicates(tmp_path, claims) == {("budget", "presupuesto")}


def test_without_a_figure_the_source_and_tag_still_go(tmp_path: Path) -> None:
    """blind10: an analyst who opens every statement with its source ("Per the STDV
    infographic,") and one who closes each with a verdict tag ("[firme]") never had a
    non-numeric statement in common: the source's words weighed as much as the fact's."""
    fields = {"as_of": "2021-10", "place": "VRAEM"}
    claims = [
        claim("es", "La Operación Tenaza se realizó en octubre de 2021 [firme]", **fields),
        claim(
            "en", "Per the STDV infographic, Operation Tenaza took place in October 2021.", **fields
        ),
    ]
    assert duplicates(tmp_path, claims) == {("en", "es")}
    assert split_attribution("Police said the plane came from Bolivia.", speech=False) == (
        "Police said the plane came from Bolivia.",
        "",
    )


@pytest.mark.parametrize(
    "form",
    [
        "{}, investigators said.",
        "{}, according to investigators.",
        "Según los investigadores, {}.",
        "Per the investigators, {}.",
        "{} [firme]",
        "{}.",
    ],
)
def test_without_a_figure_the_place_and_value_make_no_fact_alike(tmp_path: Path, form: str) -> None:
    # Two facts of one day, place and country. Among many such sentences the place and
    # the country are rare and weigh most: they are the pair's place and value, which any
    # pair of duplicates shares, so they weigh a quarter; cutting "investigators said" or
    # a source out leaves two sentences that share little else (review).
    towns = ["Pichari", "Kimbiri", "Llochegua", "Sivia", "Canayre", "Ayna", "Anco", "Tambo"]
    countries = ["Bolivia", "Brazil", "Chile", "Paraguay", "Ecuador", "Colombia", "Mexico"]
    claims = []
    for n, (town, country) in enumerate(
        zip(["Villa Kintiarina", *towns], ["Argentina", *countries], strict=False)
    ):
        day = f"2000-03-{n + 10}"
        fields = {"value": country, "as_of": day, "place": town}
        claims += [
            claim(
                f"plane-{n}",
                f"The small plane intercepted over {town} on {day} was registered in {country}.",
                **fields,
            ),
            claim(
                f"drugs-{n}",
                form.format(f"Drugs seized in {town} on {day} were bound for {country}"),
                **fields,
            ),
        ]
    assert duplicates(tmp_path, claims) == set()


@pytest.mark.parametrize(
    ("statement", "rest"),
    [
        ("Cabe señalar que la fuga fue la séptima.", "la fuga fue la séptima."),
        ("Cabe precisar que en Kimbiri faltaron 46 kg.", "en Kimbiri faltaron 46 kg."),
        ("Se advierte que el nuevo depósito tiene 20 t.", "el nuevo depósito tiene 20 t."),
        ("Es de precisar que las 4 cámaras fallaban.", "las 4 cámaras fallaban."),
        ("Se tiene que, en 2007, el 18,6 % no leía.", "en 2007, el 18,6 % no leía."),
        ("It should be noted that 40 troops arrived.", "40 troops arrived."),
        ("It is worth noting that the road is 12 km.", "the road is 12 km."),
        ("It should be noted that over 40 troops arrived.", "over 40 troops arrived."),
        # An obligation is what the statement says; so is a formula with nothing after it.
        ("Se tiene que construir 3 puentes.", "Se tiene que construir 3 puentes."),
        ("Se tiene que erradicarlas en 2020.", "Se tiene que erradicarlas en 2020."),
        ("Note that", "Note that"),
    ],
)
def test_a_formula_that_only_announces_a_fact_goes(statement: str, rest: str) -> None:
    """blind25: an analyst who opened every statement with a set formula of official
    Spanish ("Cabe señalar que", "Se advierte que") had its words in every statement."""
    assert split_attribution(statement)[0] == rest


@pytest.mark.parametrize("formula", ["Cabe precisar que ", "Se advierte que "])
def test_without_a_figure_a_formula_weighs_nothing(tmp_path: Path, formula: str) -> None:
    fields = {"as_of": "2019-01", "place": "Anco"}
    en = claim("en", "The regulator blamed the leak on the corrosion of a weld.", **fields)
    said = "el regulador atribuyó la fuga a la corrosión."
    scores = [
        [
            pair.score
            for pair in analyse(
                corpus_of(tmp_path / name, [en, claim("es", es, **fields)])
            ).duplicates
        ]
        for name, es in (("plain", said.capitalize()), ("formula", formula + said))
    ]
    assert scores[0] and scores[0] == scores[1]


@pytest.mark.parametrize(
    ("statement", "says"),
    [
        ("Police said 12 people were detained.", True),
        ("12 detenidos, informó la Policía.", True),
        ("The bridge is 296 m long.", False),
        ("Saidia Quispe led the raid.", False),  # a name, not "said"
    ],
)
def test_says_who_finds_a_verb_of_saying(statement: str, says: bool) -> None:
    """The cheap test that spares `split_attribution` the statements with no speaker."""
    assert says_who(statement) is says
