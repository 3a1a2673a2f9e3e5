"""A small bilingual glossary of the vocabulary of security and drug-policy reporting.

Fuzzy comparison of claims across English and Spanish needs the words that say
*what is measured* to meet: "pistas clandestinas destruidas" and "airstrips
neutralised" must become the same concepts. Names (places, groups, institutions)
are the job of `claims/aliases.yaml`; this glossary covers the common words of
the domain, each canonical concept listing its English and Spanish surface forms
(folded: lower case, no accents). Inflected forms are matched through the
Snowball stems of the surface forms, so listing one form of a word is enough.
"""

from __future__ import annotations


def _forms(text: str) -> tuple[str, ...]:
    return tuple(form.strip() for form in text.split("|"))


# concept -> its surface forms, "|"-separated (folded: lower case, no accents)
CONCEPTS: dict[str, tuple[str, ...]] = {
    "destroy": _forms(
        "destroy|destroyed|disable|disabled|neutralize|neutralise|neutralized|neutralised|"
        "dismantle|dismantled|demolish|blow up|blew up|blown up|blowing up|render useless|"
        "destruir|destruidas|destruccion|inhabilitar|inhabilitadas|neutralizar|neutralizadas|"
        "desactivar|desactivadas|desmantelar|desmanteladas|dinamitar|hicieron volar|hizo volar|"
        "volaron en pedazos|volo|volada|voladas|volado|volados|destruction|"
        "neutralization|dismantling|inutilizar|cratered|cratering|crateradas|craterizadas|"
        "knocked out|knock out|knocks out|knocking out|made unusable|rendered unusable|"
        "unusable|demoler|demolida|demolidas|demolido|demolidos|ploughed up|plowed up|"
        # "Tumbar" (to knock down), and "tumba" alone ("Policía tumba 26 pistas"); "la
        # tumba", "tumba clandestina", "en tumba" and "tumbas" are tombs (review).
        "tumbar|tumbaron|tumbo|tumban|tumbadas|tumbados|tumba"
    ),
    "seize": _forms(
        "seize|seized|seizure|confiscate|confiscated|interdict|interdicted|intercept|intercepted|"
        "haul|bust|busts|drug bust|incautar|incautados|incautacion|decomisar|decomisados|decomiso|"
        "comisar|requisar|interceptar|interceptada|intervenir|intervino|intervenidas|intervenidos|"
        "forfeiture|forfeitures|forfeited|forfeit|asset forfeiture|civil forfeiture|"
        "extincion de dominio|perdida de dominio|dominio se extinguio|se extinguio el dominio|"
        "extinguido el dominio|extinguio el dominio"
    ),
    "eradicate": _forms("eradicate|eradicated|eradication|erradicar|erradicadas|erradicacion"),
    "find": _forms(
        "find|found|discover|discovered|locate|located|detect|detected|hallar|hallazgo|"
        # "Encuentran" in a headline's present finds; "se encuentra a 20 km" is located
        # ("situated"), while "se encontraron 14 fusiles" were found (review).
        "encontrar|encontradas|descubrir|ubicar|detectar|encontro|encontraron|encuentra|"
        "encuentran|encontramos|turned up|turn up|turns up"
    ),
    "active": _forms(
        "active|operational|usable|working|activas|operativas|funcionando|en uso|"
        "sigue operativo|esta operativo|quedo operativo|queda operativo|permanece operativo|"
        "se mantiene operativo|in production|en produccion|"
        # Aircraft ready to fly work (blind18, session 31).
        "flight-ready|airworthy|mission-ready"
    ),
    "troop": _forms(
        "troop|troops|soldier|soldiers|servicemen|military personnel|personnel|"
        # One "efectivo" is a soldier after "un" or "al" ("murió un efectivo"); alone, and
        # after "el", it is cash ("el efectivo incautado", "en efectivo"), while "efectivos"
        # are always troops (review).
        "army personnel|un efectivo|al efectivo|efectivo militar|efectivos|soldado|soldados|"
        "militar|militares|tropa|tropas|uniformados"
    ),
    "police": _forms(
        "police|policemen|police officers|officers|agents|policia|policias|agentes|"
        "efectivos policiales|efectivo policial|un efectivo policial|al efectivo policial|"
        "dirandro|pnp|antinarcotics police|"
        "anti-narcotics police|"
        "antidrug police|national police|policia nacional|antinarcotics administration|"
        "policiaco|policiacos|policiaca|policiacas|elementos policiacos"
    ),
    "kill": _forms(
        "kill|killed|dead|death|deaths|die|died|murder|murdered|slain|fatalities|lost lives|"
        "death toll|death tolls|muerto|"
        "muertos|muerte|muertes|morir|murio|murieron|muere|mueren|asesinar|asesinados|asesinato|"
        "fallecer|fallecidos|victimas mortales|abatidos|abatir|massacre|massacred|masacre|matanza|"
        # Not "mata": a coca bush ("matas de coca").
        "matar|mato|mataron|matan|matado|matados|matada|matadas"
    ),
    # Victims of trafficking, kidnapping or an attack: not all were killed.
    "victim": _forms("victim|victims|victima|victimas"),
    "wound": _forms(
        "wound|wounded|injure|injured|injuries|hurt|herido|heridos|herir|lesionados|lesiones|"
        # Irregular Spanish forms that no stem reaches ("hirieron" has the stem of "hire").
        "hirio|hirieron|hiere|hieren|herida|heridas"
    ),
    "arrest": _forms(
        "arrest|arrested|arrests|capture|captured|detain|detained|detention|apprehend|"
        "apprehended|detener|detenidos|detencion|capturar|capturados|captura|aprehender|"
        "aprehendidos|detiene|detienen|detuvo|detuvieron|detenido|detenida|detenidas|"
        "caught"
    ),
    "free": _forms(
        "free|freed|rescue|rescued|release|released|liberate|liberated|liberar|liberados|"
        "rescatar|rescatados|rescate|quedaron libres|quedo libre|quedan libres|queda libre|"
        "salieron libres|salio libre|puestos en libertad|puesto en libertad|"
        # Detainees who "recovered their freedom" were freed (blind15).
        "recuperaron su libertad|recupero su libertad|recuperaron la libertad|"
        "recupero la libertad|dejados en libertad|quedaron en libertad"
    ),
    "child": _forms(
        "child|children|minor|minors|kids|boys|girls|nino|ninos|menores|menor de edad|"
        "infantes|menores de edad"
    ),
    "civilian": _forms("civilian|civilians|villagers|civil|civiles|pobladores|comuneros"),
    "member": _forms(
        "member|members|militant|militants|fighter|fighters|combatant|combatants|"
        "guerrilla|guerrillas|insurgents|cadres|miembro|miembros|militante|militantes|"
        "combatiente|combatientes|mandos|terrorist|terrorists|terroristas|subversivos|armed men|"
        "hombres armados"
    ),
    "population": _forms(
        "population|inhabitant|inhabitants|people living|residents|live|living|reside|"
        "poblacion|habitante|habitantes|personas que viven|viven|residen|residentes"
    ),
    "person": _forms("person|persons|people|individuals|persona|personas|individuos|gente"),
    "family": _forms("family|families|household|households|familia|familias|hogares"),
    "pilot": _forms("pilot|pilots|piloto|pilotos"),
    "base": _forms(
        "base|bases|outpost|outposts|garrison|garrisons|puesto|puestos|base militar|"
        "bases militares|base contraterrorista|military base|military bases|army base|army bases"
    ),
    "landing strip": _forms(
        "landing strip|landing strips|airstrip|airstrips|runway|runways|airfield|strip|"
        "strips|pista|pistas|pista de aterrizaje|pistas de aterrizaje|narcopista|narcopistas|"
        "aerodromo"
    ),
    "aircraft": _forms(
        "aircraft|plane|planes|airplane|light aircraft|small plane|narco-plane|narcoplane|"
        "avioneta|avionetas|aeronave|aeronaves|avion|narcoavioneta"
    ),
    # "volar" blows up ("voló 41 pistas") unless hours or distances follow: textkeys reads
    # "volaron 1.320 horas" as flown.
    "flight": _forms("flight|flights|vuelo|vuelos|departures|salidas|flew|flown"),
    "helicopter": _forms("helicopter|helicopters|helicoptero|helicopteros"),
    "boat": _forms("boat|boats|vessel|canoe|bote|botes|embarcacion|embarcaciones|lancha|chalupa"),
    "truck": _forms("truck|trucks|lorry|vehicle|camion|camiones|vehiculo|cisterna"),
    "cocaine": _forms(
        "cocaine|cocaine hydrochloride|cocaina|clorhidrato de cocaina|drug|drugs|droga|"
        "drogas|alcaloide|alcaloides|alkaloid|alkaloids|narcotic|narcotics|narcotico|narcoticos|"
        "estupefaciente|estupefacientes|controlled substance|controlled substances|"
        "sustancia controlada|sustancias controladas|illicit drugs|drogas ilicitas|"
        "drogas ilegales|illegal drugs"
    ),
    "cocaine base": _forms(
        # "Paste" alone is the drug in this domain: "1.4 tonnes of paste", "cocaine and paste".
        "cocaine base|coca paste|cocaine paste|base paste|paste|pasta basica|"
        "pasta basica de cocaina|pbc|basic paste"
    ),
    "coca": _forms(
        "coca|coca leaf|coca leaves|hoja de coca|cocales|coca bush|coca bushes|cocalero|"
        "cocalera|cocaleros|cocaleras|coca-growing|coca growing|erythroxylum|erythroxylon"
    ),
    "cultivation": _forms(
        "cultivation|cultivated|crop|crops|grown|growing|planted|plantations|cultivo|"
        "cultivos|sembrio|sembrios|cultivadas|sembradas|plantaciones|acreage|area under|"
        "plantas|plants"
    ),
    "hectare": _forms("hectare|hectares|ha|hectarea|hectareas"),
    "laboratory": _forms("laboratory|laboratories|lab|labs|laboratorio|laboratorios"),
    "pit": _forms("pit|pits|maceration pit|pozas|poza|pozas de maceracion"),
    "precursor": _forms(
        "precursor|precursors|chemical|chemicals|inputs|insumos|insumos quimicos|"
        "precursores|quimicos"
    ),
    "weapon": _forms(
        "weapon|weapons|firearm|firearms|rifle|rifles|arms|arma|armas|fusil|fusiles|armed|"
        "armado|armados|armadas"
    ),
    "attack": _forms(
        "attack|attacks|ambush|ambushes|assault|ataque|ataques|emboscada|"
        "emboscadas|atentado|atentados|incursion"
    ),
    "warehouse": _forms(
        "warehouse|warehouses|depot|depots|storehouse|almacen|almacenes|deposito|depositos|bodega|"
        "storeroom|storerooms|store room|despensa"
    ),
    "operation": _forms(
        "operation|operations|raid|raids|redada|redadas|operativo|operativos|operacion|"
        "operaciones|"
        "intervencion|intervenciones"
    ),
    "committee": _forms(
        "committee|committees|comite|comites|self-defence|self-defense|autodefensa|rondas"
    ),
    "gang": _forms(
        "gang|gangs|band|bands|organization|organizations|network|networks|clan|banda|"
        "bandas|organizacion|organizaciones|red|redes|clanes"
    ),
    "leader": _forms(
        "leader|leaders|head|heads|boss|bosses|cabecilla|cabecillas|lider|lideres|jefe|jefes|"
        # Who is in charge leads; "charge" alone is an accusation (blind27).
        "in charge of|a cargo de|a cargo del"
    ),
    # A station counted (radio, police, weather) before the verb "to station" (deploy),
    # whose stem it shares.
    "station": _forms("station|stations"),
    "deploy": _forms(
        "deploy|deployed|deployment|stationed|assigned|posted|garrisoned|strength|"
        "presence|desplegar|desplegados|despliegue|destacados|asignados|acantonados|"
        "presencia"
    ),
    "cover": _forms(
        "cover|covers|span|spans|extend|extends|comprise|comprises|include|includes|"
        "take in|takes in|encompass|abarca|abarcar|comprende|comprender|extiende|"
        "extenderse|incluye|incluir|ambito"
    ),
    "shining path": _forms(
        "shining path|sendero luminoso|sendero|sl|pcp-sl|mpcp|pcmp|"
        "militarized communist party|militarized communist party of peru|"
        "partido comunista del peru militarizado|senderista|senderistas"
    ),
    "vraem": _forms(
        "vraem|vrae|valley of the apurimac ene and mantaro rivers|"
        "valle de los rios apurimac ene y mantaro"
    ),
    "region": _forms("region|regions|department|departments|regiones|departamento|departamentos"),
    "province": _forms("province|provinces|provincia|provincias"),
    "district": _forms("district|districts|distrito|distritos"),
    "area": _forms(
        "area|surface|extent|territory|size|aor|area of responsibility|superficie|"
        "extension|territorio|area total"
    ),
    "zone of influence": _forms(
        "zone of influence|area of influence|zona de influencia|area de influencia"
    ),
    "river": _forms("river|rio|rios|rivers"),
    "flow": _forms("flow|flows|flowed|flowing|caudal|caudales|flujo de agua"),
    "border": _forms("border|frontier|frontera|limite"),
    "distance": _forms("distance|away|far|distancia|kilometers from"),
    "length": _forms("length|long|longitud|de largo"),
    "width": _forms("width|wide|ancho|anchura|de ancho"),
    "height": _forms("height|high|tall|altitude|altura|alto|altitud"),
    "depth": _forms("depth|deep|profundidad|profundo"),
    "age": _forms("age|aged|years old|edad|anos de edad"),
    "duration": _forms("duration|lasted|for years|duracion|duro"),
    "severe": _forms(
        "gravely|seriously|critically|severely|badly|grave|graves|gravemente|de gravedad|"
        "critical condition|sickest|mas graves|critically ill|seriously ill|gravely ill"
    ),
    "main": _forms(
        "main|principal|principales|top|largest|major|leading|key|mayores|most important|"
        "mas importantes"
    ),
    "coffee": _forms("coffee|cafe|cafetalero|cafetaleros|cafetal|cafetales|arabica|coffea"),
    "cocoa": _forms("cocoa|cacao|cacaotero|cacaoteros|cacaotal|cacaotales|theobroma"),
    "headquarters": _forms(
        "headquarters|headquartered|based in|seat|sede|cuartel general|tiene su sede|con sede en"
    ),
    # "Directed" an operation led it, as "dirigida por" does (blind18).
    "command": _forms(
        "command|commands|comando|comandos|mando|directed by|directed the|directing the|"
        # Who coordinates a programme leads it (blind22, blind25); coordination between
        # bodies is multisectoral (glossary_general).
        "coordina el|coordina la|coordinated by|coordinado por|coordinada por"
    ),
    "special": _forms("special|especial|especiales"),
    "government": _forms("government|gobierno|executive|ejecutivo"),
    "create": _forms(
        "create|created|establish|established|set up|crear|creo|creado|creada|establecer|"
        "establecio|founded|founding|founder|founders"
    ),
    "attribute": _forms(
        "attribute|attributed|blame|blamed|atribuir|atribuyo|atribuida|culpar|responsabilizo|"
        "culparon|culpo|culpan|culpa a|linked to|asociado a|asociado al|asociada a|asociada al|"
        # A cause found is a cause blamed: "caused by", "se debió a", "traced to".
        "caused by|was caused|were caused|causado por|causada por|causados por|"
        "se debio a|se debieron a|se origino|se originaron|traced to|led to|"
        # "The cause" and "la causa" of a collapse or an outbreak (blind26).
        # Not "la causa" alone: a court case ("la causa por terrorismo", review).
        "the cause|the causes|cause of|causa de|causas de|causa del|causas del|"
        "caused|causing|causo|causaron|causar|"
        # A motive is a cause ("the court accepted extortion as the motive"; blind28), as
        # what an attack is "due to".
        "motive|motives|motivo|motivos|motivado por|motivada por|due to|debido a"
    ),
    "reward": _forms("reward|bounty|recompensa"),
    "budget": _forms(
        "budget|funding|allocated|allocation|investment|presupuesto|asignado|"
        "asignacion|inversion|fondos|"
        # A "partida" is a budget line, not a part (blind19).
        "partida|partidas|partida presupuestal|budget line"
    ),
    "spend": _forms(
        "spending|spent|spend|gasto|gastos|gastar|gastado|gastaron|gasto total|"
        "expenditure|expenditures"
    ),
    "assistance": _forms("assistance|aid|cooperation|asistencia|ayuda|cooperacion"),
    "price": _forms("price|prices|cost|paid|precio|precios|costo|pagan"),
    "value": _forms(
        "street value|worth|valued|valorizado|valorizada|valor|valuation|valorizacion|"
        "appraisal|appraised|tasacion|tasado|tasados|tasada|tasadas|vale|valen|valia|valian"
    ),
    "production": _forms(
        "production|produce|produced|output|produccion|producir|producidas|elaboracion|"
        "produjo|produjeron|producen|producido|producida|producidos"
    ),
    "share": _forms(
        "share|proportion|percentage|portion|part|fraction|accounts for|account for|"
        "concentrated|concentrates|porcentaje|proporcion|parte|cuota|participacion|"
        "concentra|concentraba|concentro|representa|representaba"
    ),
    "national": _forms(
        "nation|national|nationwide|country|countrywide|pais|nacional|nacion|todo el pais|"
        "a nivel nacional"
    ),
    "poverty": _forms("poverty|poor|pobreza|pobres"),
    "diversion": _forms(
        "diverted|illegal use|used illegally|desviada|desvio|uso ilicito|uso ilegal"
    ),
    "clandestine": _forms(
        "clandestine|illegal|illicit|secret|hidden|clandestina|clandestino|ilegal|"
        "ilegales|ilicito|ilicita|oculta|hiding|hid|camuflado|camuflada|camuflados|camufladas|"
        "escondido|escondida|escondidos|escondidas"
    ),
    "army": _forms(
        "army|military|armed forces|ejercito|fuerzas armadas|ffaa|castrense|"
        "cevraem|ce-vraem|joint command|comando conjunto|navy|marina|air force|"
        "fuerza aerea"
    ),
    "state of emergency": _forms("state of emergency|estado de emergencia|emergency|emergencia"),
    "per year": _forms(
        "per year|a year|annual|annually|yearly|each year|al ano|por ano|anual|anualmente|cada ano"
    ),
    "per day": _forms("per day|a day|daily|each day|al dia|por dia|diario|diariamente|cada dia"),
}


# Facets of what is measured. Two claims that differ in a facet never measure the same
# quantity: with `presence`, one having the facet and the other not is a difference too
# (coca grown vs coca eradicated; a year's seizures vs the seizure from one plane).
FACETS: tuple[tuple[str, frozenset[str], bool], ...] = (
    # (name, concepts, presence matters)
    (
        "action",
        frozenset(
            "destroy seize eradicate find kill wound arrest free production diversion escape "
            "recapture".split()
        ),
        True,
    ),
    (
        "who",
        frozenset("troop police civilian child member person pilot family protester".split()),
        False,
    ),
    ("substance", frozenset("cocaine cocaine_base coca precursor coffee cocoa".split()), False),
    # Goods priced or produced: differ only when both name theirs (fish ponds are ponds).
    (
        "goods",
        frozenset(
            "cassava maize rice potato plantain pineapple ginger livestock cattle pig sheep "
            "poultry guinea_pig fish timber".split()
        ),
        False,
    ),
    # Works built or measured: a wall's progress is not a stadium's.
    (
        "works",
        frozenset(
            "wall stadium road school hospital health_post dam airport helipad canal "
            "drinking_water".split()
        ),
        False,
    ),
    ("measure", frozenset("length width height depth age duration".split()), True),
    # A part of a population named on one side only: the survivors of those aboard, the
    # acquitted of the accused, the convicts who appealed of the convicted (blind15, 17, 18).
    (
        "restriction",
        frozenset({"severe", "main", "maternal", "survivor", "acquittal", "appeal"}),
        True,
    ),
    ("part", frozenset({"share"}), True),
)
# The occasion of a figure (a plane, a boat, a raid, an attack) is read from the
# statement as well as the label: a label seldom repeats it.
OCCASIONS = frozenset(
    {"aircraft", "boat", "truck", "warehouse", "operation", "attack", "earthquake"}
)
# Several concepts at once.
COMPOUNDS: dict[str, tuple[str, ...]] = {
    # "Operación conducida por la fiscal": led by her (blind28); not a van "conducida por"
    # its driver, nor detainees "conducidos por" agents (review).
    "command prosecutor": (
        "conducida por la fiscal",
        "conducido por la fiscal",
        "conducida por la fiscalia",
        "conducido por la fiscalia",
    ),
    # "deserción" alone is a desertion (from the Shining Path); with a school level, dropout.
    "dropout secondary": ("desercion secundaria", "desercion en secundaria"),
    "dropout primary": ("desercion primaria", "desercion en primaria"),
    # A maternal death is a death; a member of the armed forces is a soldier.
    "maternal kill": (
        "maternal death",
        "maternal deaths",
        "muerte materna",
        "muertes maternas",
        "deaths of mothers",
    ),
    # One "planta" is a works (glossary_general), but not a plant of a crop.
    "camera clandestine": ("camara oculta", "camaras ocultas"),
    "coca cultivation": ("planta de coca", "coca plant"),
    # "Caída" alone is a fall (of prices, a decrease); of a bridge, its collapse (blind26).
    "damage bridge": ("caida del puente", "caida de un puente", "caida de la pasarela"),
    "corrosion wire": ("cables corroidos", "cable corroido"),
    "winner lot": ("winning lot", "winning lots", "lote ganador", "lotes ganadores"),
    # Networks of services, each of its kind (review: a road network is no water network).
    "health service_network": (
        "health network",
        "health networks",
        "red de salud",
        "redes de salud",
    ),
    "road service_network": ("road network", "road networks", "red vial", "redes viales"),
    "drinking_water service_network": (
        "water network",
        "red de agua",
        "red de agua potable",
        "redes de agua potable",
    ),
    # English parcels of land or coca are plots; parcels alone are packages (blind27).
    "farm_plot coca": ("parcels of coca", "coca parcels", "parcels with coca"),
    "farm_plot": ("parcels of land", "land parcels", "farm parcels"),
    # "Directed" alone stems to "direct" (directly, direction): an operation directed is led.
    "command operation": ("directed operation", "directed an operation", "directed operations"),
    "accident helicopter": ("caida del helicoptero", "caida de un helicoptero"),
    "accident aircraft": ("caida de la avioneta", "caida de una avioneta", "caida de la aeronave"),
    "coffee cultivation": ("planta de cafe", "coffee plant"),
    "cocoa cultivation": ("planta de cacao", "cacao plant", "cocoa plant"),
    "troop army": (
        "member of the armed forces",
        "members of the armed forces",
        "members of the military",
        "military personnel",
        "miembro de las fuerzas armadas",
        "miembros de las fuerzas armadas",
        "miembros de las ffaa",
    ),
    "police": (
        "member of the police",
        "members of the police",
        "police personnel",
        "miembro de la policia",
        "miembros de la policia",
        "miembros de la pnp",
        "personal policial",
    ),
    "troop police": (
        "security forces",
        "security force",
        "forces of order",
        "fuerzas del orden",
        "fuerzas de seguridad",
        "fuerzas del orden y armadas",
    ),
}
# Capitalised words that are not names ("the Peruvian State", "Comrade José").
NOT_NAMES = frozenset(
    {
        "comrade",
        "camarada",
        "state",
        "estado",
        "government",
        "gobierno",
        "peruvian",
        "peruano",
        "peruana",
        "national",
        "nacional",
        "general",
        "minister",
        "ministro",
        "president",
        "presidente",
        "congress",
        "congreso",
        "army",
        "police",
        "us",
        "usd",
        "pen",
        "soles",
    }
)

# Concepts that name a country (or a union of them): names, like a town's, of where
# something happened or was bound, not of what happened.
COUNTRIES = frozenset(
    "peru bolivia colombia ecuador brazil chile mexico usa uk europe spain netherlands "
    "belgium germany france italy switzerland china japan canada".split()
)

# Deeds that undo each other: a statement of one and a statement of the other, alike in all
# else ("the army opened a base in Vizcatán", "the army closed its base in Vizcatán"), are
# two facts, never one told twice.
OPPOSITES = (
    ("open", "closure"),
    ("open", "close"),  # "closed" alone: "close" is also "near", so it has no concept
    ("arrest", "free"),
    ("increase", "decrease"),
    ("approve", "reject"),
    ("confirm", "reject"),
    ("sentence", "acquittal"),
    ("build", "destroy"),
    ("gratis", "price"),
)

# Who did what was counted: police and military figures of one kind differ in scope.
AGENTS = frozenset({"police", "army"})
# Concepts that say little about what is measured ("covers", "deployed", "per year"):
# they count for a quarter in similarity, so "covers 5 regions" and "covers 69
# districts" stay apart.
LIGHT = frozenset({"cover", "deploy", "per_year", "per_day", "active", "area"})
# Concepts that imply another: eradication is always of coca, in reports on the VRAEM
# the leaf ("leaf farmgate px", "precio de la hoja") is coca leaf, and a house raid
# ("allanó 17 viviendas") is an operation, as "raided" is.
IMPLIES: dict[str, str] = {"eradicate": "coca", "leaf": "coca", "house_raid": "operation"}
