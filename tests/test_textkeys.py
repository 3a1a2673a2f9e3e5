"""The comparison form of text: concepts across English and Spanish, aliases, names."""

from __future__ import annotations

import pytest

from vraem_claims import textkeys
from vraem_claims.aliases import Aliases
from vraem_claims.textkeys import TextKeys, phrase_starts, replace_phrases

KEYS = TextKeys()


@pytest.mark.parametrize(
    ("english", "spanish"),
    [
        ("clandestine airstrips destroyed", "pistas clandestinas destruidas"),
        ("cocaine seized", "cocaína incautada"),
        ("soldiers wounded", "efectivos heridos"),
        ("coca eradicated", "coca erradicada"),
        ("military bases", "bases militares"),
        # Found on blind6, each a word the glossary did not know or misread:
        ("the police blew up 41 airstrips", "la policía voló 41 pistas"),
        ("one protester died", "un manifestante murió"),
        ("a bust at the bridge", "una incautación en el puente"),
        ("alkaloid seized", "alcaloide incautado"),
        ("narcotics seized", "droga incautada"),  # "droga" is cocaine, and so are narcotics
        ("the strike lasted", "el paro duró"),  # a strike is not an attack
        ("soles per gas cylinder", "soles por balón de gas"),
        ("soles per bunch", "soles por racimo"),
    ],
)
def test_english_and_spanish_meet(english: str, spanish: str) -> None:
    assert set(KEYS.concepts(english)) == set(KEYS.concepts(spanish))


def test_numbers_dates_and_stop_words_are_dropped() -> None:
    assert KEYS.concepts("In 2014 the police destroyed 263 of the strips on 9 December") == (
        "police",
        "destroy",
        "landing_strip",
    )


def test_cifrar_en_and_clause_joiners_are_dropped() -> None:
    """blind21: "cifró en 29" puts a figure at 29, and "porque" joins a reason; neither
    says what is measured, as "figure" and "because" do not."""
    assert KEYS.concepts("La Policía cifró en 29 los asesinatos por encargo porque sí") == (
        "police",
        "contract_killing",
    )
    assert KEYS.concepts("police put the killings at 29 because they count them") == (
        "police",
        "put",
        "kill",
        "count",
    )


def test_synonyms_meet() -> None:
    assert set(KEYS.concepts("runways neutralised")) == set(KEYS.concepts("airstrips disabled"))


@pytest.mark.parametrize(
    ("text", "concept", "present"),
    [
        ("Participan unas 4.300 familias", "share", False),  # taking part is not a share
        ("la participación del VRAEM en la producción", "share", True),
        ("strike participation at 1,900 teachers", "share", False),  # blind3: who took part
        ("Theobroma cacao plots", "cocoa", True),  # botanical names name the crop
        ("Coffea arabica plots", "coffee", True),
        ("internos del penal de Yanamilla", "inmate", True),
        ("el conflicto interno", "inmate", False),  # "interno" alone is "internal"
        ("an air strike on the camp", "bombing", True),  # the attack keeps its phrase
        ("the deal was struck in Pichari", "drug_dealing", False),  # "dealer" is no stem
        ("drug dealers arrested", "drug_dealing", True),
        ("27 licensed stations", "deploy", False),  # a station counted, not troops stationed
        ("troops stationed in the valley", "deploy", True),
        ("train 27 community reporters", "journalist", True),  # "report" is a stop word
        # "Alto" beside a name is part of the name (blind3: the Kimbiri Alto dam's cost
        # was kept apart from its "capex" as a height).
        ("la central Kimbiri Alto costaría", "height", False),
        ("Alto Pichas", "height", False),
        ("Alto Pichas and Bajo Pichas", "lower", True),  # two places, not one
        ("a 2.000 metros de altura, en la parte alta", "height", True),
        ("Alto número de heridos", "height", True),  # no name beside it
        ("Selva Alta", "upper", False),  # a known word beside it: the high jungle
        # blind2: police helicopters that flew 1,320 hours destroyed nothing; blind6's
        # "pistas voladas" were blown up.
        ("Los helicópteros volaron 1.320 horas", "destroy", False),
        ("Los helicópteros volaron 1.320 horas", "flight", True),
        ("Fueron voladas 27 pistas clandestinas", "destroy", True),
        ("Court forfeited 11 properties", "seize", True),  # blind2: "decomisar inmuebles"
        ("Horas voladas: 1.320", "destroy", False),
        ("la policía voló 41 pistas", "destroy", True),
        # blind5: "23 graves opened" are burial pits, "heridos graves" badly wounded.
        ("23 graves opened in 2009", "mass_grave", True),
        ("23 graves opened in 2009", "severe", False),
        ("graves", "mass_grave", True),  # a unit is a noun
        ("dos heridos graves", "severe", True),
        ("la cooperativa suma 720 socios", "member", True),  # blind5: "coop members: 720"
        ("cocaína decomisada en el operativo", "active", False),  # blind: an operation
        ("cocaína decomisada en el operativo", "operation", True),
        ("la pista sigue operativa", "active", True),
        ("el helipuerto sigue operativo", "active", True),  # review: the masculine adjective
        # A word as written beats another word's stem: "redada" (a raid) stems to "red".
        ("una redada policial", "operation", True),
        ("personal militar", "troop", True),  # blind8: "militar" is one of "militares"
        ("personal militar", "army", False),
        # Review: Spanish "graves" after a number still qualifies the wounded; "volar" for
        # hours with "durante"; "Bajo" opening a sentence is "under"; "El" is no name.
        ("Hubo 12 heridos, 3 graves y 9 leves", "mass_grave", False),
        ("Hubo 12 heridos, 3 graves y 9 leves", "military_service", False),  # "leva"
        ("volaron durante 1.320 horas", "destroy", False),
        ("Bajo Humala, la erradicación creció", "lower", False),
        ("El Alto", "upper", False),
        ("la red de narcotraficantes", "gang", True),
        # blind8: a stem of three letters claimed unrelated words; short words now match
        # only as written.
        ("el muro de contención", "kill", False),  # "mur" was the stem of "murió"
        ("el muro de contención", "wall", True),
        ("en Santa Rosa", "increase", False),  # "ros" was the stem of "rose"
        ("un par de botas", "stoppage", False),  # "par" was the stem of "paro"
        ("SEC/TROOPS", "dried", False),  # "sec" was the stem of "seco"
        ("la policía voló 41 pistas", "destroy", True),  # "voló" is written out
        ("precio del pollo al por mayor", "main", False),  # wholesale, not the largest
        ("precio del pollo al por mayor", "wholesale", True),
        ("los mayores decomisos", "main", True),
        ("maternal deaths", "kill", True),  # a maternal death is a death
        ("muertes maternas", "maternal", True),
        ("mortalidad materna", "kill", False),  # a rate, not a count of deaths
        ("members of the armed forces", "troop", True),
        ("members of the armed forces", "member", False),
        ("miembros de la policía", "police", True),
        ("caudal estimado de 2.850 m³/s", "flow", True),  # blind8: the flow of a river
        # blind8: "found to need glasses" reports a finding; nothing was found or seized.
        ("14 boarders were found to need glasses", "find", False),
        ("la auditoría encontró que 40 paneles fallaban", "find", False),
        ("police found 40 kg of cocaine", "find", True),
        ("encontraron 3 pozas de maceración", "find", True),
        # blind9: "founding members" were not found; a programme that "wound up" ended.
        ("thirty-eight founding members", "find", False),
        ("thirty-eight founding members", "create", True),
        ("the programme wound up in 2015", "wound", False),
        ("three soldiers were wounded", "wound", True),
        ("el expediente prevé 1.500 metros de muro", "planned", True),  # blind8
        # Review: unlisted inflections still reach their concepts through stems of three
        # letters, but only for words of five letters or more.
        ("los agentes volaron 41 pistas", "destroy", True),
        ("120 pozos de maceración", "pit", True),
        ("The Government funded 40 companies", "budget", True),
        ("The Government funded 40 companies", "create", False),
        # blind18: what things are worth, in a verb or an appraisal, is their value.
        ("los 23 inmuebles valen S/ 12,4 millones", "value", True),
        ("the appraisal of the forfeited properties", "value", True),
        # blind17: a town without mains power is without electricity ("sin energía",
        # "sin luz"); light alone is no electricity.
        ("Pichari had no mains power for 9 days", "electricity", True),
        ("Pichari estuvo 9 días sin energía", "electricity", True),
        ("el atentado dejó sin luz a 7 distritos", "electricity", True),
        ("la luz del día", "electricity", False),
        # blind17: a court's ruling is no regulation, and "el fallo" no fall.
        ("The Ruling concerned 11 accused", "judgment", True),
        ("The Ruling concerned 11 accused", "regulation", False),
        ("el fallo del tribunal", "decrease", False),
        ("el fallo del tribunal", "judgment", True),
        ("the new rules", "regulation", True),
        # blind17: money spent is no budget (an outcome and a plan, often of one project).
        ("El proyecto gastó 6.1 mdd hasta su cierre", "spend", True),
        ("Project spending reached US$ 5.7 million", "spend", True),
        ("Project spending reached US$ 5.7 million", "budget", False),
        ("El presupuesto del proyecto era de 5.2 mdd", "budget", True),
        ("El presupuesto del proyecto era de 5.2 mdd", "spend", False),
        ("prevenimos 40 casos", "planned", False),
        ("the audit finds that the panels failed", "find", False),
        ("police found that cache of 40 rifles", "find", True),
        ("bodies found to the north", "find", True),
        ("Plan VRAEM funded 2,930 systems", "plan", False),  # a programme's name
        ("the 2013 plan covers 5 districts", "plan", True),
        # blind9: airstrips "cratered" were destroyed; a product recall is a withdrawal.
        ("pistas crateradas por el Ejército", "destroy", True),
        ("the army cratered 23 airstrips", "destroy", True),
        ("the bars recalled in 2019", "withdraw", True),
        # Review: a plan followed by its deed is a plan only.
        ("The programme planned to install 3,200 systems", "install", False),
        ("El programa prevé instalar 3.200 sistemas", "install", False),
        ("El programa prevé instalar 3.200 sistemas", "planned", True),
        ("2,930 systems were installed", "install", True),
        ("discharge from the army", "flow", False),
        ("por mayor seguridad", "wholesale", False),
        # blind9: "operativos" after a verb of being work; a possessive's mayor is a mayor.
        ("unos 2.610 sistemas estarían operativos", "active", True),
        ("unos 2.610 sistemas estarían operativos", "operation", False),
        ("siguen plenamente operativos", "active", True),
        ("en un operativo policial", "operation", True),
        ("tres operativos en Pichari", "operation", True),
        # blind18: after "se encontraban" and right after a machine, "operativos" work.
        ("solo 6 helicópteros se encontraban operativos", "active", True),
        ("solo 6 helicópteros se encontraban operativos", "operation", False),
        ("el número de helicópteros operativos", "active", True),
        ("el número de helicópteros operativos", "operation", False),
        ("nuevos operativos en Vizcatán", "operation", True),
        # blind18: "free" before a thing costs nothing; before people it frees them.
        ("the council renewed free refills", "gratis", True),
        ("the council renewed free refills", "free", False),
        ("rebels free 12 hostages", "free", True),
        ("a bid to free the hostages", "free", True),
        ("a bid to free the hostages", "gratis", False),
        ("a valley free of coca", "gratis", False),
        # blind18: a figure "projected" is a plan, a "proyecto" a project; one "planta"
        # is a works, not a crop, unless it is a plant of coca.
        ("la planta proyectada tendría 30 m3/h", "planned", True),
        ("projected daily traffic on the bridge", "planned", True),
        ("el proyecto de la planta", "planned", False),
        ("la planta de oxígeno", "facility", True),
        ("la planta de oxígeno", "cultivation", False),
        ("the oxygen plant", "cultivation", False),
        ("la planta de coca", "cultivation", True),
        ("la planta de coca", "coca", True),
        ("coca plants", "cultivation", True),
        ("hectares planted with coca", "cultivation", True),
        # blind18: money "raised" came in; pigs "raised" were bred.
        ("The collection raised 512,000 soles", "income", True),
        ("the collection raised S/ 512,000", "income", True),
        ("members raise about 9,000 pigs", "income", False),
        ("they raised 9,000 pigs", "income", False),
        ("the toll was raised to 12", "increase", True),
        # A toll alone counts losses; only a toll charged or paid is a fee.
        ("the death toll rose to 12", "kill", True),
        ("the death toll rose to 12", "fee", False),
        ("a 640-home toll", "fee", False),
        ("a bridge toll of 5 soles", "fee", True),
        ("drivers pay tolls", "fee", True),
        # blind18: property "cuyo dominio se extinguió" was forfeited.
        ("los inmuebles cuyo dominio se extinguió a favor del Estado", "seize", True),
        ("Pichari's mayor boasted", "town_mayor", True),
        ("Pichari's mayor boasted", "main", False),
        ("el mayor decomiso del año", "main", True),
        ("perjuicio económico al Estado", "loss", True),
        ("300 hives in Pichari", "hiv", False),  # blind7: the Spanish stem of "hive"
        ("300 cases of HIV", "hiv", True),
        # blind7: compound Spanish numbers and "cuánto" say nothing of what is measured.
        ("cuánto: veinticinco soles", "veinticinco", False),
        ("cuánto: veinticinco soles", "cuanto", False),
        # blind7: hives "en producción" are working hives, not a figure of production.
        ("1.200 colmenas en producción", "production", False),
        ("1.200 colmenas en producción", "active", True),
        ("la producción de cocaína", "production", True),
        # blind2: leaving is no leaf ("leave" and "leaves" share a stem).
        ("families forced to leave their homes", "leaf", False),
        ("families forced to leave their homes", "displacement", True),
        ("leaving Pichari", "leaf", False),
        ("coca leaves", "coca", True),
        # blind10: strips "knocked out" or "made unusable" were destroyed.
        ("26 strips knocked out in 2019", "destroy", True),
        ("61 strips made unusable by the armed forces", "destroy", True),
        # blind10: Spanish stems shared with domain words.
        ("12.000 documentados [errado]", "eradicate", False),
        ("la erradicación de 2019", "eradicate", True),
        ("un artículo del Courier", "multisectoral", False),
        ("la articulación multisectorial", "multisectoral", True),
        # Words that reached a concept only by a stem they share with it.
        ("the remaining 20 strips", "body", False),
        ("human remains found", "body", True),
        ("a paper on coca", "potato", False),
        ("1.040 mesas de sufragio", "month", False),
        ("1.040 mesas de sufragio", "election", True),
        ("the figure represents 40 %", "dam", False),
        ("ocho habitaciones con baño", "room", True),
        # blind10: irregular Spanish verbs that no stem reaches ("hirieron" had the stem of
        # "hire", a contract).
        ("Detiene la Policía a 47 personas", "arrest", True),
        ("detuvieron a 47 personas", "arrest", True),
        ("hirieron a tres soldados", "wound", True),
        ("hirieron a tres soldados", "contract", False),
        ("Pierde la cooperativa 86 toneladas", "loss", True),
        ("la planta produjo 4 toneladas", "production", True),
        ("mataron a 16 personas", "kill", True),
        ("40 matas de coca", "kill", False),
        ("el pasaje cuesta 25 soles", "price", True),
        ("encontraron 14 fusiles", "find", True),
        # Review: words these rules must leave alone.
        ("Pichari se encuentra a 20 km", "find", False),
        ("Pichari limita con Junín", "border", True),
        ("mantienen operativos en Vizcatán", "operation", True),
        ("la Mesa de Concertación", "election", False),
        ("firmando el acuerdo", "sign", True),
        ("Germán Pérez", "germany", False),
        ("alias Chino", "china", False),
        ("the Spanish version", "spain", False),
        ("exportaciones a Alemania", "germany", True),
        ("NarcoTerroristas", "terrorism", True),
        ("la policía tumbó 26 pistas", "destroy", True),
        ("exhumaron 12 tumbas", "destroy", False),
        # Review: a headline's present tense; "tumba" after an article is still a grave.
        ("Policía tumba 26 pistas en el VRAEM", "destroy", True),
        ("Policía tumba 26 pistas en el VRAEM", "mass_grave", False),
        ("hallaron una tumba con 5 cuerpos", "mass_grave", True),
        ("hallaron una tumba con 5 cuerpos", "destroy", False),
        ("Encuentran 12 pozas de maceración", "find", True),
        ("La policía encuentra 3 laboratorios", "find", True),
        ("los laboratorios se encuentran en Vizcatán", "find", False),
        ("se encontraron 14 fusiles", "find", True),
        # blind11: cash, not troops.
        ("S/ 250.000 en efectivo incautados", "money", True),
        ("S/ 250.000 en efectivo incautados", "troop", False),
        ("participaron 210 efectivos", "troop", True),
        ("efectivo incautado (USD)", "money", True),
        ("murió un efectivo del Ejército", "troop", True),
        ("el horno operó a 1.200 grados", "kiln", True),
        ("about 1.4 tonnes of paste", "cocaine_base", True),
        ("seized cocaine and paste", "cocaine", True),
        ("the raid turned up 1.4 tonnes", "find", True),
        ("ardieron más de seis toneladas", "burn", True),
        # Review of session 14's words.
        ("over the past two years", "cocaine_base", False),
        ("el efectivo incautado ascendía a S/ 250.000", "money", True),
        ("el efectivo incautado ascendía a S/ 250.000", "troop", False),
        ("al efectivo policial", "police", True),
        ("al efectivo policial", "money", False),
        ("Hallan tumba con restos de 8 personas", "mass_grave", True),
        ("Police incinerates 2 tonnes of drugs", "burn", True),
        ("incineraban la droga", "kiln", False),
        ("medidas efectivas de control", "troop", False),
        ("efectivamente", "troop", False),
        ("doce de los detenidos quedaron libres", "free", True),
        ("doce de los detenidos quedaron libres", "book", False),
        ("el libro de actas", "book", True),
        ("4.812 egresos en 2022", "discharge", True),
        ("4.812 egresos en 2022", "graduate", False),
        ("the hospital had 4,812 discharges", "discharge", True),
        ("120 egresados de la escuela", "graduate", True),
        # blind15, studied: labels abbreviated with full stops, read as the one concept
        # whose words they begin; months, titles and ambiguous stumps stay as written.
        ("presup. progr.", "budget", True),
        ("pérd. incendio", "loss", True),
        ("prop. adol. madres", "youth", True),
        ("Bases FFAA (jun. 2015)", "jungle", False),
        ("dept. of health", "depth", False),
        # blind10, studied: the wreck of a plane is no deed of destroying.
        ("police recovered 420 kg from the wreck", "destroy", False),
        ("police recovered 420 kg from the wreck", "accident", True),
        # blind15, studied: a service offered free, and counselling.
        ("offered free and confidential counselling", "gratis", True),
        ("offered free and confidential counselling", "lawyer", False),
        ("the hostages were freed", "gratis", False),
        # blind22, studied: a frost is no helicopter (a stem of three letters reached it),
        # and "junto a" (beside) gathers nothing.
        ("las heladas de julio", "helicopter", False),
        ("las heladas de julio", "cold_spell", True),
        ("junto a la posta", "collect", False),
        # A verb in the conditional is the verb; "secretaría" is an office.
        ("en 2020 se vacunaría a 1 800 niñas", "vaccination", True),
        ("la obra costaría 4 millones", "price", True),
        ("la Secretaría Técnica", "clandestine", False),
        ("la Comisaría de Pichari", "police_station", True),
        ("la penitenciaría", "prison", True),
        # blind22, studied: shots of a vaccine are no gunfire.
        ("girls got HPV shots for free", "vaccination", True),
        ("girls got HPV shots for free", "shooting", False),
        ("shots were fired at the patrol", "shooting", True),
        # A place "intervenido" was raided; a plane or drugs, seized (blind15, blind22).
        ("11 talleres mecánicos intervenidos por la PNP", "seize", False),
        ("11 talleres mecánicos intervenidos por la PNP", "operation", True),
        ("se intervino en forma simultánea 14 locales", "seize", False),
        ("se intervinieron 32 kilómetros de cauce", "operation", True),
        ("la Policía intervino 11 avionetas", "seize", True),
        ("se intervino 5 kg en una casa", "seize", True),
        # Review: the place must be what was "intervenido"; coca is no raided place.
        ("a 5 kilómetros fue intervenido un camión con droga", "seize", True),
        ("la Policía intervino a 20 kilómetros de Pichari un camión", "seize", True),
        ("el camión de la empresa intervenido", "seize", True),
        ("se intervinieron 500 hectáreas de coca", "seize", True),
        ("fueron intervenidos 14 locales", "operation", True),
        ("el taller mecánico intervenido", "operation", True),
        # Review: "arrojó un saldo" left dead; waste "arrojados al río" pollutes.
        ("el enfrentamiento arrojó un saldo de 5 muertos", "pollution", False),
        ("residuos arrojados al río", "pollution", True),
        ("ESTARÍAN OPERATIVOS", "active", True),
        ("se helaron 500 hectáreas", "helicopter", False),
        ("el gobierno reservó 2 millones", "dam", False),
        # blind23: cattle counted by the head are livestock, not leaders; "ganado" after
        # "ha" is won; "abigeos" steal cattle; pastures are grazed.
        ("the police recovered 58 of the stolen head", "livestock", True),
        ("the police recovered 58 of the stolen head", "leader", False),
        ("rustlers took 98 head", "leader", False),
        ("the head of the police front", "leader", True),
        ("the head of household", "livestock", False),
        ("robo de ganado en Santillana", "livestock", True),
        ("el candidato ha ganado terreno", "livestock", False),
        # Review: "ganar" is to win or earn; herd immunity is no herd; a head injury, a
        # head-on collision; a ring road; a bullet's graze; a family's "supervivencia".
        ("los raspachines ganan 50 soles por día", "livestock", False),
        ("Sendero ha ido ganando terreno", "livestock", False),
        ("herd immunity against measles", "livestock", False),
        ("soldiers suffered 3 head injuries", "livestock", False),
        ("14 head-on collisions", "livestock", False),
        ("the ring road around Pichari", "gang", False),
        ("the Abaco crime ring", "gang", True),
        ("the ring was run by alias Fierro", "gang", True),
        ("a ring of checkpoints", "gang", False),
        ("behind the emergency ward", "state_of_emergency", False),
        ("detrás de la sala de emergencias", "emergency_call", False),
        ("he was grazed by a bullet", "pasture", False),
        ("para su supervivencia dependen de la coca", "survivor", False),
        # blind24: the calls a fire company answers; "llamadas" are no flames.
        ("los bomberos atendieron 498 emergencias", "emergency_call", True),
        ("498 calls to the fire company", "emergency_call", True),
        ("498 llamadas a los bomberos", "fire", False),
        ("el gobierno declaró el estado de emergencia", "emergency_call", False),
        ("the mayor called for calm", "emergency_call", False),
        ("los abigeos se llevan 100 reses", "robbery", True),
        ("cattle grazed on pastures", "pasture", True),
        ("los pastos de la puna", "pasture", True),
        ("pasta básica de cocaína", "pasture", False),
        # blind23: trees planted are cultivated.
        ("living trees at 61% of planting points", "cultivation", True),
        ("se plantaron 40.000 plantones", "cultivation", True),
        # blind21: a "vigilante" of a firm is its guard, "vigilancia" is surveillance;
        # blind24: a road opened "sin el consentimiento" of a town had no permit; an
        # "agencia municipal" is a municipal office.
        ("dos vigilantes de la empresa", "protection", True),
        ("the company's security guards", "protection", True),
        ("vigilancia del espacio aéreo", "protection", False),
        ("vigilante justice in the valley", "protection", False),
        ("vigilante justice in the valley", "lynching", True),
        ("sin el consentimiento de Llochegua", "permit", True),
        ("abrió una agencia municipal", "office", True),
        ("abría una trocha hacia el sector", "hacia", False),  # a preposition, as "toward"
        ("la caída del precio", "decrease", True),
        ("la caída del puente", "decrease", False),
        ("una prueba de VIH", "test", True),
        ("sin pruebas de que el látex iba a Lima", "test", False),
        ("a eso atribuyó el alcalde la caída", "eso", False),
        ("14 kilos de látex, con envases incluidos", "bottling", False),
        ("14 kilos de látex, con envases incluidos", "container", True),
        # blind21: a police release is a press release, not a release from custody.
        ("The police release of 15th September put the gang at 6", "free", False),
        ("The police release of 15th September put the gang at 6", "press_release", True),
        ("the police released the hostages", "free", True),
        # blind10, blind15: a craft that "cayó" crashed; a price that "cayó" fell.
        ("Una avioneta cayó en Vizcatán del Ene", "accident", True),
        ("Cae otra avioneta, esta vez en Vizcatán del Ene", "accident", True),
        ("un bus cayó a un abismo cerca de Machente", "accident", True),
        ("cayó el precio de la coca", "accident", False),
        ("cayó el precio de la coca", "decrease", True),
        ("Chaska dredges set ablaze on the spot", "burn", True),
        # blind27: who is "in charge of" leads; no charge is brought.
        ("the officer in charge of the base", "charge", False),
        ("64 encomiendas del terminal de Pichari", "bus_station", True),
        ("un enfermo terminal", "bus_station", False),
        # blind27: English parcels are packages, a Spanish "parcela" a plot of land.
        ("1,840 parcels at the terminal", "package", True),
        ("1.840 encomiendas", "package", True),
        ("parcelas de cacao", "farm_plot", True),
        # blind26: a health or telemedicine network is no criminal one.
        ("la Red de Salud de Satipo", "gang", False),
        ("the telemedicine network", "gang", False),
        # Second review: each network keeps its kind; parcels of coca are plots; words
        # near the new phrases keep their meaning.
        ("su red de agua potable", "drinking_water", True),
        ("its road network", "road", True),
        ("its road network", "drinking_water", False),
        ("1,200 parcels of coca", "farm_plot", True),
        ("los escaños del Congreso", "scanner", False),
        ("el terminal portuario del Callao", "bus_station", False),
        ("la terminal de buses", "bus", False),
        ("the case was taken to court", "transport", False),
        ("terminó la obra del terminal", "complete", True),
    ],
)
def test_words_that_look_alike_mean_what_they_mean(text: str, concept: str, present: bool) -> None:
    assert (concept in KEYS.concepts(text)) is present


@pytest.mark.parametrize(
    ("shorthand", "written_out"),
    [
        ("tps deployed", "troops deployed"),
        ("service members", "troops"),
        ("hh with elec", "households with electricity"),
        ("wpns seized", "weapons seized"),
        ("coffee px", "coffee price"),
        ("helo flt hours", "helicopter flight hours"),
        ("strips put out of use", "strips destroyed"),
        ("coca cult, natl", "coca cultivation, national"),
        ("troops in the op", "troops in the operation"),
        ("soldados en el rastrillaje", "troops in the sweep"),
        ("deserción secundaria", "secondary dropout"),
        ("café pergamino", "parchment coffee"),
        ("CAD members", "self-defence committee members"),
        ("naufragio", "shipwreck"),
        ("capsized boat", "shipwreck boat"),
        ("rounds handed over", "cartuchos handed over"),
        ("potencia instalada", "installed capacity"),
        ("nameplate", "capacity"),
        ("la represa inundaría", "the dam would flood"),
        ("integrantes", "members"),
        ("bono", "allowance"),
        ("fauna silvestre", "wildlife"),
        ("3 soldiers KIA", "3 soldiers killed"),
        ("WIA", "heridos"),
        ("killed in action", "muertos"),
        ("familias regresaron", "returnee families"),
    ],
)
def test_analysts_shorthand_meets_the_words_it_stands_for(shorthand: str, written_out: str) -> None:
    """Found on eval/blind2: terse labels ("tps deployed (#)", "hh elec cov (%)") shared no
    concept with the sentences of other analysts."""
    assert set(KEYS.concepts(shorthand)) == set(KEYS.concepts(written_out))


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("coca_area_ha", "coca area ha"),
        ("airstrips_destroyed", "airstrips destroyed"),
        ("_cocaine__seized_", "cocaine seized"),
        # blind10 and blind9: labels and hashtags in camelCase.
        ("pistasInhabilitadas", "pistas inhabilitadas"),
        ("cocainaAvioneta", "cocaina avioneta"),
        ("#SelvaDorada", "Selva Dorada"),
        # Review: a known word, an alias or a short prefix stays whole.
        ("DeVida", "devida"),
        ("kgIncautados", "kg incautados"),
        ("McDonald", "mcdonald"),
    ],
)
def test_machine_keys_are_their_words(key: str, words: str) -> None:
    """Found on blind5: an analyst's snake_case labels ("cocaine_seized") were one unknown
    word each, so they met no other label."""
    assert KEYS.concepts(key) == KEYS.concepts(words)


@pytest.mark.parametrize(
    ("spanish", "english"),
    [
        ("acciones", "actions"),  # blind: "42 acciones terroristas" and "42 terrorist actions"
        ("sistemas de alerta", "alert systems"),
        ("delimitación", "delimitation"),
        ("cifras preliminares", "preliminary figures"),
        ("dólares", "dollars"),
        ("parcial", "partial"),
        ("referencia", "reference"),
        ("prioridad", "priority"),  # review: "prioriti" became "prioric"
        ("confidencial", "confidential"),  # blind15: the stems "confidenci", "confidenti"
        ("presidencial", "presidential"),
    ],
)
def test_words_no_concept_lists_meet_their_cognates(spanish: str, english: str) -> None:
    assert set(KEYS.concepts(spanish)) == set(KEYS.concepts(english))


@pytest.mark.parametrize(
    ("a", "b"), [("Pichari", "pichas"), ("santa", "santo"), ("turno", "turned")]
)
def test_short_words_keep_their_stems(a: str, b: str) -> None:
    """A key shorter than five letters would join names and words that only look alike."""
    assert KEYS.concepts(a) != KEYS.concepts(b)


def test_aliases_apply_before_comparison() -> None:
    aliases = Aliases({"cuzco": "cusco"})
    assert TextKeys(aliases).concepts("Cuzco") == TextKeys(aliases).concepts("Cusco")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("La vacuna fue gratuita", "The vaccine was free of charge"),
        # blind16, studied: label heads, a shortfall, fugitives.
        ("amt. of shortfall", "Monto del faltante"),
        ("pct. of pupils", "pupils"),
        ("la atención sigue siendo gratuita", "care is still free of charge"),
        ("two escapees were still absconding", "dos fugados siguen prófugos"),
        ("the cabecilla apodado Cuñado", "the leader known as Cuñado"),
        ("The incineration took place in Pichari", "La incineración se llevó a cabo en Pichari"),
        ("el bote amarillo", "the yellow boat"),
        ("Cuñado estaba entre los detenidos", "Cuñado was among those detained"),
        ("Anoto que la escuela está cerrada", "The school is closed"),
        ("Poco más de 300 familias dejaron Vizcatán", "Some 310 families left Vizcatán"),
        ("El ataque dejó cinco muertos", "The attack left five dead"),
        ("el operativo fue dirigido por el coronel", "the operation was led by the colonel"),
        ("botes de fibra de vidrio pintados de azul", "blue painted fibreglass boats"),
        ("entregó los hijuelos en su primera fase", "delivered the plantlets in its first phase"),
        ("45 zapadores", "45 sappers"),
        ("cisternas", "tankers"),
        ("un antiguo campamento", "a former camp"),
        ("rayos X", "X-ray"),
        ("captadas con ofertas falsas de meseras", "recruited with fake offers as waitresses"),
        ("un arco de acero amarillo", "a yellow steel arch"),
        ("sin peaje", "free to cross"),
        ("la operación la dirigió la fiscal", "the operation was led by the prosecutor"),
        ("el relleno sanitario", "the landfill"),
        ("el botadero", "the open dump"),
        # blind16, studied: "el penal" is the prison; multiples are numbers, not words.
        ("el penal está a más del doble de su capacidad", "the prison is at over its capacity"),
        ("twice its capacity", "su capacidad"),
        ("9 agentes del INPE", "9 guards"),  # Peru's prison officers are no police
        ("agentes penitenciarios", "prison guards"),
        # blind16, blind17: words of missed non-numeric statements.
        ("aguardiente adulterado", "laced liquor"),
        ("licor", "cane liquor"),
        ("la cocina", "the kitchen"),
        ("el almacén", "the storeroom"),
        ("cámaras ocultas", "hidden cameras"),
        ("grabaciones", "footage"),
        ("el embotellador", "the bottler"),
        ("se cavó", "was dug"),
        ("el campo ferial", "the fairground"),
        ("fueron acogidas", "took refuge"),
        ("lo gestiona la Diresa", "managed by the regional health authority"),
        # blind19: words of missed non-numeric statements.
        ("la vacuna no les cuesta nada", "the vaccine carried no charge"),
        ("la tos ferina", "whooping cough"),
        ("la tos ferina", "pertussis"),
        ("culparon a El Niño", "linked to El Niño"),
        ("los fusiles sustraídos", "the stolen rifles"),
        ("los bebés más graves", "the sickest infants"),
        ("trasladados en helicóptero", "flown to"),
        ("un embarcadero provisional río abajo", "a makeshift embarcadero downstream"),
        ("en la parte alta de Sivia", "in the upper part of Sivia"),
        ("una partida de 480 mil soles", "a budget of 480 thousand soles"),
        # Session 23: words left apart in the expected non-numeric pairs of 21 corpora.
        ("el coliseo municipal", "the municipal coliseum"),
        ("pidieron", "asked"),
        ("fueron reubicadas", "were relocated"),
        ("trasladaron el penal", "relocated the prison"),
        ("se debió a las lluvias", "was caused by the rains"),
        ("se originó en la cocina", "was traced to the kitchen"),
        ("la neblina", "the fog"),
        ("los bomberos", "the firefighters"),
        ("entre los restos del laboratorio", "in the ruins of the laboratory"),
        ("los escombros", "the rubble"),
        ("remanentes de Sendero", "remnants of Sendero"),
        ("la tripulación", "the crew"),
        ("se mantiene en reserva", "is kept secret"),
        ("es confidencial", "is confidential"),
        ("12 km asfaltados", "12 km of surfaced road"),
        ("encabezaba la brigada", "led the brigade"),
        ("recuperaron su libertad", "were freed"),
        ("cacerinas", "rifle magazines"),
        ("el tramo afectado", "the stretch affected"),
    ],
)
def test_everyday_words_meet_their_translations(a: str, b: str) -> None:
    assert set(KEYS.concepts(a)) == set(KEYS.concepts(b))


def test_a_run_opening_a_statement_names_what_follows_its_first_word() -> None:
    assert "kawsa" not in KEYS.names("El Centro Kawsay lo gestiona la Diresa.")
    assert "kawsa" in KEYS.names("El Centro Kawsay lo gestiona la Diresa.", opening=True)
    assert "kawsa" in KEYS.names("Centro Kawsay treats its patients.", opening=True)
    # A label in title case names nothing by its capitals.
    assert KEYS.names("Solar Systems Installed") == ()


@pytest.mark.parametrize("text", ["la parte alta de Sivia", "una partida de 480 mil soles"])
def test_a_high_part_or_a_budget_line_is_no_share(text: str) -> None:
    """blind19: "parte alta" is where, and a "partida" a budget line; the share facet kept
    both figures apart from the same figures without them."""
    assert "share" not in KEYS.concepts(text)
    assert "share" in KEYS.concepts("la mayor parte de los casos")


def test_el_nino_is_a_climate_event_only_by_its_capitals() -> None:
    assert "el_nino" in KEYS.concepts("la sequía asociada a El Niño")
    assert "el_nino" not in KEYS.concepts("el niño murió en el hospital")
    assert "child" in KEYS.concepts("El niño murió en el hospital")
    assert "el_nino" not in KEYS.concepts("la sequía asociada a La Niña")  # its opposite


@pytest.mark.parametrize("text", ["la Cámara de Comercio", "la Cámara de Diputados"])
def test_a_chamber_is_no_camera(text: str) -> None:
    assert "camera" not in KEYS.concepts(text)


@pytest.mark.parametrize("text", ["el Código Penal", "un proceso penal", "la fiscalía penal"])
def test_penal_is_a_prison_only_as_a_noun(text: str) -> None:
    """ "El penal" is the prison (blind16); "penal" after a noun is criminal law."""
    assert "prison" not in KEYS.concepts(text)
    assert "prison" in KEYS.concepts(f"{text} y el penal de Kimbiri")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("internos", "internacional"),
        ("colectivo", "collection"),
        ("material", "matter"),
        ("derecha", "derechos"),
        ("cuentos", "cuentas"),
        ("vatios", "vacío"),
        ("general", "generous"),
    ],
)
def test_words_whose_cognate_key_misleads_keep_their_stems(a: str, b: str) -> None:
    assert KEYS.concepts(a) != KEYS.concepts(b)


def test_free_of_charge_is_not_set_free() -> None:
    assert "gratis" in KEYS.concepts("the vaccine was free of charge")
    assert "free" in KEYS.concepts("the hostages were set free")
    assert "free" in KEYS.concepts("After the operation, 26 hostages were free.")  # review


@pytest.mark.parametrize(
    ("text", "gratis"),
    [
        # blind24, blind25: said of a thing, "free" costs nothing.
        ("Palabra Viva classes were free.", True),
        ("Disinfection is still free.", True),
        ("Las clases de Palabra Viva son gratis.", True),
        # Said of people, or with "of"/"from", it is not.
        ("By June the two hostages were free.", False),
        ("The three suspects remain free, the police said.", False),
        ("She is free now.", False),
        ("The road is free of landslides.", False),
        # Review: people said to be free are freed, whoever they are; a thing free since
        # a date or again is still free of charge.
        ("After years of captivity, 26 Ashaninka were free.", False),
        ("The 12 boys were free.", False),
        ("All of them are free.", False),
        ("The vaccine, free since 2019, reached 3,000 children.", True),
        ("Seeds were handed out free again.", True),
        # Second review: the subject decides, and people who walk or go free are freed.
        ("Treatment for the 120 boys with anaemia in Pichari is free.", True),
        ("The 300 kg of seeds the community leaders handed out were free.", True),
        ("The 200 solar panels installed in Pichari were free.", True),
        ("14 suspects went free again.", False),
        ("Nine defendants walked free after the trial.", False),
    ],
)
def test_a_thing_said_to_be_free_costs_nothing(text: str, gratis: bool) -> None:
    assert ("gratis" in KEYS.concepts(text)) is gratis


def test_round_before_a_figure_is_a_hedge_and_rounds_are_ammunition() -> None:
    """blind26: "Police destroyed round 8.6 acres" read as ammunition destroyed."""
    assert "ammunition" not in KEYS.concepts("Police destroyed round 8.6 acres of poppy")
    assert "ammunition" not in KEYS.concepts("lay at round about 11,150 feet")
    assert "ammunition" in KEYS.concepts("Police seized 300 rounds and two rifles")
    assert "ammunition" in KEYS.concepts("one round was fired")


@pytest.mark.parametrize(
    ("shorthand", "plain"),
    [
        ("Aprox. 1 de cada 5 cocinas está en desuso", "1 de cada 5 cocinas está en desuso"),
        ("acc. to the court, 2.8 ha", "according to the court, 2.8 ha"),
        ("Antawasi covers circa 14 hectares", "Antawasi covers 14 hectares"),
        ("La mayoría de los asesinatos", "los asesinatos"),
        ("los sicarios iban en una moto", "los sicarios en una moto"),
        ("11 resultaron heridos", "11 heridos"),
        ("la banda ha sido dirigida por Bagre", "la banda dirigida por Bagre"),
        ("serán detenidas 14 personas", "detenidas 14 personas"),  # blind28
        ("Cabe señalar que el perro detector", "el perro detector"),  # session 31
        ("es decir, 20 familias", "20 familias"),  # not a decade
        ("the gang at 6 armed men on 15th September", "the gang at 6 armed men on September"),
    ],
)
def test_words_that_say_nothing_of_the_fact(shorthand: str, plain: str) -> None:
    assert KEYS.concepts(shorthand) == KEYS.concepts(plain)


@pytest.mark.parametrize(
    ("dated", "plain"),
    [
        (
            "Pichari was without electricity after the attack of VI 2017.",
            "Pichari was without electricity after the attack.",
        ),
        ("customers were without power (VI–VII 2017)", "customers were without power"),
        (
            "The second line has been in service since VIII 2024.",
            "The second line has been in service.",
        ),
    ],
)
def test_a_month_in_roman_numerals_is_a_date(dated: str, plain: str) -> None:
    """blind17: an analyst dated in Roman numerals, read as names ("VIII") and words."""
    assert KEYS.concepts(dated) == KEYS.concepts(plain)
    assert KEYS.names(dated) == KEYS.names(plain)


def test_a_roman_month_after_a_capitalised_dating_word_is_a_date() -> None:
    """Second review: "Since VIII 2024" opening a sentence."""
    assert KEYS.concepts("Since VIII 2024 the base held 120 troops.") == KEYS.concepts(
        "Since 2024 the base held 120 troops."
    )


def test_roman_numerals_not_before_a_year_stay() -> None:
    assert "ii" in KEYS.concepts("Plan VRAEM II")
    assert KEYS.concepts("Fase II 2019") != KEYS.concepts("Fase III 2019")  # review


def test_to_ship_is_no_boat() -> None:
    assert "boat" not in KEYS.concepts("cocaine that traffickers ship to Bolivia")  # review
    assert "boat" in KEYS.concepts("un barco con 2 toneladas")


def test_security_forces_are_troops_and_police() -> None:
    assert set(KEYS.concepts("security forces")) == {"troop", "police"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("reward for Comrade José", ("jose",)),
        ("The Shining Path column led by Víctor Quispe Palomino", ("victor", "quisp", "palomin")),
        ("Peruvian reward for Raúl", ("raul",)),
        ("Sendero Luminoso members", ()),
        # A run opening a sentence names what follows its "of" (review, session 18).
        ("Farmers of Santa Rosa protested", ("santa", "rosa")),
        ("The X-ray unit of Pichari", ("pichari",)),
        # blind8: capitals in an upper-case label ("HYD/RIVER LEVEL") tell no names.
        ("HYD/RIVER LEVEL AT PICHARI", ()),
        ("HYD/RIVER LEVEL AT PICHARI (m)", ()),  # mostly capitals
        ("reward for ARTEMIO", ("artemi",)),  # capitals in lower-case text
        ("level of the River Apurímac", ("apurimac",)),
    ],
)
def test_names_are_capitalised_words_that_are_not_concepts(
    text: str, names: tuple[str, ...]
) -> None:
    assert KEYS.names(text) == names


PHRASE_STARTS = phrase_starts(
    {
        "landing strip": "landing_strip",
        "so-called": "so_called",
        "state of": "of_state",
        "state of emergency": "emergency",
    }
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a landing strip here", "a  landing_strip  here"),
        ("landing  strip", "landing  strip"),  # the phrase's own spacing only
        ("landing strips", "landing strips"),  # whole words only
        ("the so-called zone", "the  so_called  zone"),
        ("state of emergency", " emergency "),  # the longest phrase wins
        ("state of siege", " of_state  siege"),
        ("landing", "landing"),  # a phrase cut short by the end of the text
        ("remote_landing strip", "remote_landing strip"),
    ],
)
def test_phrases_match_whole_words_longest_first(text: str, expected: str) -> None:
    assert replace_phrases(text, PHRASE_STARTS) == expected


def test_phrase_matching_agrees_with_a_regular_expression() -> None:
    """The word walk is an optimisation of one alternation of every phrase."""
    import random
    import re

    from vraem_claims.glossary_index import PHRASES
    from vraem_claims.textkeys import _glossary

    ordered = sorted(PHRASES, key=len, reverse=True)
    reference = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
    starts, _ = _glossary()
    words = [word for phrase in ordered for word in re.split(r"[ -]", phrase)]
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(
            (rng.choice(ordered) if rng.random() < 0.3 else rng.choice(words))
            + rng.choice([" ", " ", "-", "  ", ", ", "_", "x", " 3"])
            for _ in range(rng.randint(1, 12))
        )
        expected = reference.sub(lambda match: f" {PHRASES[match.group()]} ", text)
        assert replace_phrases(text, starts) == expected, text


def test_many_sentences_do_not_crowd_places_out_of_the_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(textkeys, "CACHED_TEXTS", 10)
    read: list[str] = []
    real = textkeys.replace_phrases
    monkeypatch.setattr(
        textkeys, "replace_phrases", lambda text, s: read.append(text) or real(text, s)
    )
    keys = TextKeys()
    for n in range(50):
        keys.concepts(f"Police seized {n} kilograms of cocaine in a raid near the river.")
    assert keys.concepts("Pichari district, Cusco") == ("pichari", "district", "cusco")
    read.clear()
    assert keys.concepts("Pichari district, Cusco") == ("pichari", "district", "cusco")
    keys.concepts("Police seized 49 kilograms of cocaine in a raid near the river.")
    assert read == ["police seized 49 kilograms of cocaine in a raid near the river."]


def test_a_name_with_alto_is_cached_under_its_own_text() -> None:
    """Found in review: the text rewritten for "Alto" became the cache key, so "Llochegua
    Alto" was read anew at every call (0.5 s per 100,000 calls against 0.01 s)."""
    keys = TextKeys()
    first = keys.concepts("Llochegua Alto")
    assert keys.concepts("Llochegua Alto") is first


def test_every_word_of_its_own_meaning_is_needed() -> None:
    """A word of OWN_MEANING is listed by no concept (that would win anyway) and does
    reach one by a stem (else the entry guards nothing)."""
    index = textkeys._glossary()[1]
    listed = sorted(word for word in textkeys.OWN_MEANING if word in index)
    unreached = sorted(
        word
        for word in textkeys.OWN_MEANING
        if not any(
            index.get(prefix + stem)
            for stem in (textkeys.stem_en(word), textkeys.stem_es(word))
            for prefix in ("", textkeys.SHORT_STEM)
        )
    )
    assert (listed, unreached) == ([], [])


@pytest.mark.parametrize(
    ("text", "not_read_as"),
    [
        ("counter-narcotics unit", "count"),
        ("Exportación de Killa Sapi", "kill"),  # blind28
        ("the loan was repaid", "repair"),
        ("a valid permit", "value"),
        ("prices higher than last year", "height"),
        ("to strengthen the base", "deploy"),
        ("una division del ejercito", "money"),
        ("la plaza de armas", "period"),
        ("el cerro Cochas", "closure"),
        ("el fundo cacaotero", "budget"),
        ("ejecutaron a dos dirigentes", "government"),
        ("el seguro vence en marzo", "security"),
        ("agua en reserva", "dam"),
        ("help comes late", "command"),
        ("un servicio rapido", "sexual_violence"),
        ("la capital de la region", "rank"),
        ("no longer open", "length"),
        ("a vaccination drive", "driver"),
        ("a master plan", "antenna"),
        # In the 15,000 commonest words of each language (wordfreq), session 24.
        ("figures based on the survey", "base"),
        ("fighting broke out", "member"),
        ("families waiting for aid", "waiter"),
        ("a popular vote", "population"),
        ("elected representatives", "dam"),
        ("con sus propias manos", "man"),
        ("para combatir el narcotrafico", "member"),
        ("un culto evangelico", "cultivation"),
        ("una falla del motor", "decrease"),
        ("un tope de precios", "main"),
        ("con ricos y pobres", "rice"),
        # Review of session 24's words.
        ("el informe muestra que", "sample"),
        ("operativo antidrogas", "cocaine"),
        ("a lot of cocaine", "lot"),
        ("forced eradication", "force"),
        ("the application of herbicides", "applicant"),
        ("remataron a los heridos", "auction"),
    ],
)
def test_a_word_another_concept_stem_took_keeps_its_meaning(text: str, not_read_as: str) -> None:
    """Session 24: words of claim statements that reached a concept only through the stem
    of another word, often of the other language ("cerro" through "cerrar", "seguro"
    through "seguridad", "reserva" through "reservoir")."""
    assert not_read_as not in KEYS.concepts(text)


def test_the_next_day_is_no_rate() -> None:
    assert "per_day" not in KEYS.concepts("aún se estaba pesando al día siguiente")
    assert "per_day" in KEYS.concepts("procesaba 300 kilos al día")


def test_pounds_are_no_books() -> None:
    assert KEYS.concepts("1.700 libras") == KEYS.concepts("1,700 pounds")
    assert "book" in KEYS.concepts("libros escolares")


def test_heavy_is_not_weighed() -> None:
    """blind13: "vehículos pesados" are heavy vehicles; "el pesaje" is a weighing."""
    assert "weigh" not in KEYS.concepts("vehículos pesados de hasta 45 toneladas")
    assert "weigh" in KEYS.concepts("el pesaje oficial confirmó 740 kilos")


def test_only_de_largo_is_a_length() -> None:
    """blind13: "296 metros de largo" is a length; "a lo largo del río", "a largo plazo"
    and "tras un largo operativo" measure nothing (review)."""
    assert "length" in KEYS.concepts("el puente mide 296 metros de largo")
    assert "length" not in KEYS.concepts("300 familias a lo largo del río")
    assert "length" not in KEYS.concepts("un plan a largo plazo")
    assert "length" not in KEYS.concepts("tras un largo operativo")


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        # blind15: beside a market, "puestos" and "stalls" are its stalls; elsewhere posts
        # and halts.
        (
            "El fuego arrasó 214 puestos del mercado de Santa Rosa.",
            ("fire", "araso", "stall", "santa", "rosa"),
        ),
        ("puestos_mercado", ("stall", "market")),
        ("market: stalls", ("market", "stall")),
        ("30 puestos militares", ("base", "troop")),
        ("Works stalled in 2020", ("active", "stalled")),
    ],
)
def test_stalls_of_a_market(text: str, concepts: tuple[str, ...]) -> None:
    assert TextKeys().concepts(text) == concepts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Navy has run the Puerto Ene river checkpoint since March 2010.", "en"),
        ("La Marina tiene a su cargo el puesto de control fluvial de Puerto Ene.", "es"),
        ("Canayre, día del censo: ninguna casa sin foco", "es"),
        # Telegraphic, and bilingual: no clear language.
        ("Remanso network boats = blue-painted fibreglass craft", None),
        ("La vacuna fue gratis para todos / The vaccine was free for all breeders", None),
    ],
)
def test_a_statement_language_is_read_from_its_function_words(
    text: str, language: str | None
) -> None:
    assert textkeys.statement_language(text) == language


def test_a_magazine_alone_is_a_publication() -> None:
    """Found on blind20: "the magazine figure" read as ammunition, which a rifle's
    magazine is."""
    assert "ammunition" not in KEYS.concepts("a magazine reported 26 miles")
    assert "ammunition" in KEYS.concepts("40 rifle magazines were seized")


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # Review of session 23's words: forms that would have swallowed other meanings.
        ("a suicide bomber", "firefighter"),
        ("traces of cocaine", "attribute"),
        ("los restos de 15 víctimas", "rubble"),
        ("luminarias LED", "command"),
        ("a political move", "transport"),
        ("500 galones en reserva", "confidential"),
        ("la cárcel está llena", "fill"),
        ("a video surfaced", "paving"),
    ],
)
def test_new_forms_leave_other_meanings_alone(text: str, concept: str) -> None:
    assert concept not in KEYS.concepts(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("con su propia muestra", "sample"),  # blind16: "muestra" alone also shows
        ("around 700 lots of 200 square metres", "lot"),  # blind20: not the idiom
        ("a lot of cocaine", "plenty"),
    ],
)
def test_a_phrase_reads_what_a_word_alone_would_not(text: str, concept: str) -> None:
    """Review of session 24: "muestra" and "lots of" are read only where they mean a
    sample and lots."""
    assert concept in KEYS.concepts(text)


def test_verbs_of_saying_say_nothing_of_the_fact() -> None:
    """Session 26: "afirmó", "sostiene" and "claimed" tell who spoke; "habría" is "había"
    in the conditional. ("Declaró" and "declared" stay: an emergency is declared.)"""
    spanish = KEYS.concepts("Hay 7.400 efectivos en el valle, afirmó el ministro.")
    english = KEYS.concepts("There are 7,400 troops in the valley, the minister claimed.")
    assert set(spanish) == set(english)
    assert KEYS.concepts("habría 4.500 soldados") == KEYS.concepts("4.500 soldados")


def test_shorthand_claims_no_stem() -> None:
    """Analysts' shorthand is written whole: "helos" (helicopters) gives its stem "hel" to
    no concept, so "se helaron" stays a frost, and "tps" (troops) claims no other word."""
    index = textkeys._glossary()[1]
    assert index.get(textkeys.SHORT_STEM + "hel") == "cold_spell"
    assert textkeys.SHORT_STEM + "tps" not in index
    assert index["helos"] == "helicopter"


@pytest.mark.parametrize(
    ("english", "spanish"),
    [
        ("the court accepted extortion as the motive", "el motivo fue la extorsión"),
        ("taken upriver to Kimbiri", "llevados río arriba a Kimbiri"),
        ("a biodigester", "un biodigestor"),
        ("Operation Tapir was led by the prosecutor", "Op. Tapir conducida x la fiscal"),
    ],
)
def test_blind28_words_meet_across_languages(english: str, spanish: str) -> None:
    """blind28's missed non-numeric pairs: a motive is a cause, "río arriba" is upriver,
    the stems of "biodigester" and "biodigestor" differ, and "x" is shorthand for "por"."""
    shared = set(KEYS.concepts(english)) & set(KEYS.concepts(spanish))
    assert shared - {"kimbir", "operation", "tapir", "prosecutor", "extortion"}


@pytest.mark.parametrize(
    ("text", "caught"),
    [
        ("la captura promedio por embarcación se recuperó a 9 kg", True),
        ("la captura de peces cayó", True),
        ("la captura de Artemio", False),
        ("capturaron a 3 sicarios", False),
        ("La PNP reporta capturas diarias de microcomercializadores", False),  # review
        ("la captura x embarcación", True),
        ("La captura anual en el Ene fue de 30 toneladas de pescado.", True),
    ],
)
def test_a_catch_of_fish_is_no_arrest(text: str, caught: bool) -> None:
    """blind20: "la captura promedio por embarcación" (9 kg a day) read as arrests."""
    concepts = KEYS.concepts(text)
    assert ("catch" in concepts, "arrest" in concepts) == (caught, not caught)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("el valor nominal del bono", "wage"),
        ("Forbes", "ban"),
        ("12 suspects were sent to prison pending trial", "sentence"),
        ("premunidos de pancartas", "weapon"),
        ("saldar cuentas con la SUNAT", "score_settling"),
        ("the gap kept widening", "road_widening"),  # fourth review
        ("lo hizo con pericia", "expert_report"),
        ("el vehículo conducido por el fiscal", "command"),
    ],
)
def test_session_31_words_stay_narrow(text: str, concept: str) -> None:
    """Third review: stems and bare words that reached a concept they do not mean."""
    assert concept not in KEYS.concepts(text)


def test_x_between_words_is_por_but_not_in_x_rays() -> None:
    assert KEYS.concepts("24 reses x día") == KEYS.concepts("24 reses por día")
    assert KEYS.concepts("la campaña de rayos x fue gratuita") != KEYS.concepts(
        "la campaña de rayos por fue gratuita"
    )


@pytest.mark.parametrize(
    ("english", "spanish", "concept"),
    [
        ("six flight-ready helicopters", "seis helicópteros operativos", "active"),
        ("the spill fouled the stream", "el derrame contaminó la quebrada", "pollution"),
        ("prison terms of 8 to 14 years", "penas de 8 a 14 años de cárcel", "sentence"),
        ("the ordinance forbids two men on one motorcycle", "Pichari prohíbe dos hombres", "ban"),
        ("the perpetrators fled by boat", "los asaltantes huyeron", "criminal"),
        ("the rustlers were armed", "actuaron premunidos de escopetas", "weapon"),
        ("the teachers' payroll", "la nómina mensual de los maestros", "wage"),
        ("the settling of drug debts", "ajustes de cuentas del narcotráfico", "score_settling"),
        ("the Takiy Mayu orchestra", "la orquesta Takiy Mayu", "orchestra"),  # blind29
        ("a road-widening project", "el ensanche de la carretera", "road_widening"),
        ("the anchors of the cable", "los anclajes del cable", "anchor"),
        ("9 thermal cameras", "9 cámaras térmicas", "camera"),
        ("the court's expert report", "la pericia química del juicio", "expert_report"),
        ("172.4 kg of paste, net", "172,4 kilos netos de pasta", "net"),
    ],
)
def test_session_31_words_meet(english: str, spanish: str, concept: str) -> None:
    """blind18 and blind25's missed pairs: aircraft ready to fly work; a fouled stream is
    polluted."""
    assert concept in KEYS.concepts(english)
    assert concept in KEYS.concepts(spanish)
