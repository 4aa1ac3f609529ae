#!/usr/bin/env python3
"""Writes the corpus of the patient-data guard (lib/privacy/, docs/privacy.md).

identifiers.tsv: one identifier a line, `kind<TAB>identifier<TAB>sentence`: the kind the guard
must report (peer::privacy::IdentifierKind's names), the identifier exactly as it stands in the
sentence, and a ward sentence that holds it once and holds nothing else the guard finds.

prose.txt: one line of ward prose a line, full of the numbers of clinical work (doses, times,
dates, pressures, scores, rooms, lab values, extensions, dose-time lists) that the guard must
let pass.

    python3 tests/corpus/generate.py [DIR]

writes both files into DIR (by default the folder of this script). The output depends on nothing
but this file: a fixed seed and a generator of our own (not `random`, whose sequences may change
between Python versions), no clock, no locale. Every number is invented: identity numbers are
made from real dates, birth numbers 980-999 and a computed check digit; phone numbers come from
the ranges set aside for fiction, but for six-digit Stockholm numbers in the short form of
docs/privacy.md (08-12 34 56) with invented digits; addresses are at example domains.
"""

import datetime
import pathlib
import sys

SEED = 20261105
PER_KIND = {
    "personal_number": 220,
    "coordination_number": 110,
    "reserve_number": 140,
    "phone_number": 170,
    "email_address": 90,
}
PROSE_LINES = 700


class Rng:
    """splitmix64: the same numbers on every machine and every Python 3."""

    MASK = (1 << 64) - 1

    def __init__(self, seed):
        self.state = seed & self.MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & self.MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def between(self, low, high):
        return low + self.below(high - low + 1)

    def choice(self, items):
        return items[self.below(len(items))]


# --- Numbers -----------------------------------------------------------------------------------


def luhn_valid(ten):
    """The check of Swedish identity numbers over YYMMDDNNNN, as the guard computes it."""
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def check_digit(nine):
    """The digit that makes `nine` + it pass luhn_valid."""
    for d in "0123456789":
        if luhn_valid(nine + d):
            return d
    raise AssertionError(nine)


def real_date(rng, first_year, last_year):
    first = datetime.date(first_year, 1, 1).toordinal()
    last = datetime.date(last_year, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.between(first, last))


class Identity:
    """A birth date and a birth number with its check digit: the parts of an identity number."""

    def __init__(self, rng, coordination, first_year=1925, last_year=2025):
        self.date = real_date(rng, first_year, last_year)
        day = self.date.day + (60 if coordination else 0)
        self.century = f"{self.date.year // 100:02d}"
        self.yymmdd = f"{self.date.year % 100:02d}{self.date.month:02d}{day:02d}"
        serial = f"{rng.between(980, 999):03d}"
        self.last4 = serial + check_digit(self.yymmdd + serial)
        assert luhn_valid(self.yymmdd + self.last4)

    def short(self, sep="-"):
        return self.yymmdd + sep + self.last4

    def long(self, sep="-"):
        return self.century + self.yymmdd + sep + self.last4


FULLWIDTH = {ord(d): chr(0xFF10 + i) for i, d in enumerate("0123456789")}
FULLWIDTH.update({ord(c): chr(0xFF21 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})
ZWSP = "\u200b"
SOFT_HYPHEN = "\u00ad"
NBSP = "\u00a0"
EN_DASH = "\u2013"
# Dashes a word processor or a keyboard makes, besides the en dash: hyphen, non-breaking hyphen,
# figure dash, em dash, horizontal bar, minus sign, small em dash, small hyphen-minus, fullwidth
# hyphen-minus.
OTHER_DASHES = ["\u2010", "\u2011", "\u2012", "\u2014", "\u2015", "\u2212", "\ufe58", "\ufe63",
                "\uff0d"]


def fullwidth(text):
    return text.translate(FULLWIDTH)


def hide_inside(rng, text, mark):
    """`text` with an invisible `mark` between two of its characters, never at either end."""
    at = rng.between(1, len(text) - 1)
    return text[:at] + mark + text[at:]


def identity_forms(coordination):
    """The forms of a personal identity or co-ordination number, each a function of (rng, id)."""
    return [
        ("10 hyphen", lambda rng, i: i.short("-")),
        ("10 hyphen", lambda rng, i: i.short("-")),
        ("10 none", lambda rng, i: i.short("")),
        ("10 space", lambda rng, i: i.short(" ")),
        ("10 en dash", lambda rng, i: i.short(EN_DASH)),
        ("10 dash", lambda rng, i: i.short(rng.choice(OTHER_DASHES))),
        ("10 no-break space", lambda rng, i: i.short(NBSP)),
        ("12 hyphen", lambda rng, i: i.long("-")),
        ("12 hyphen", lambda rng, i: i.long("-")),
        ("12 none", lambda rng, i: i.long("")),
        ("12 space", lambda rng, i: i.long(" ")),
        ("12 en dash", lambda rng, i: i.long(EN_DASH)),
        ("12 dash", lambda rng, i: i.long(rng.choice(OTHER_DASHES))),
        ("10 fullwidth", lambda rng, i: fullwidth(i.short("-"))),
        ("12 fullwidth", lambda rng, i: fullwidth(i.long(rng.choice(["-", "", "\uff0d"])))),
        ("10 zero-width space", lambda rng, i: hide_inside(rng, i.short("-"), ZWSP)),
        ("12 zero-width space", lambda rng, i: hide_inside(rng, i.long(""), ZWSP)),
        ("10 soft hyphen", lambda rng, i: hide_inside(rng, i.short(rng.choice(["-", ""])),
                                                      SOFT_HYPHEN)),
        ("12 soft hyphen", lambda rng, i: hide_inside(rng, i.long("-"), SOFT_HYPHEN)),
        # 100 years or older: the plus sign, which only the ten-digit form has.
        ("10 plus", None),
    ]


def identity_number(rng, form, coordination):
    name, make = form
    if name == "10 plus":
        return Identity(rng, coordination, 1905, 1926).short("+")
    return make(rng, Identity(rng, coordination))


INTERIM_LETTERS = "TRSUWXJKLMNP"


def interim_block(rng):
    if rng.below(4) == 0:
        return f"TF{rng.between(0, 99):02d}"
    return rng.choice(INTERIM_LETTERS) + f"{rng.between(0, 999):03d}"


def birth(rng, digits):
    d = real_date(rng, 1930, 2026)
    text = f"{d.year:04d}{d.month:02d}{d.day:02d}"
    return text if digits == 8 else text[2:]


def skane_block(rng):
    letters = "ABCDEFGHJKLMNPRSTUVXYZ"
    shape = rng.choice(["LLDD", "LLDD", "DLLD", "LDLD", "LLLD"])
    return "".join(rng.choice(letters) if s == "L" else str(rng.below(10)) for s in shape)


def vgr_number(rng):
    # Västra Götaland: the birth date, K, M or X, two digits and a check digit. The guard does
    # not check that digit; here it is the Luhn digit over YYMMDD and the two digits, with 0 in
    # the letter's place.
    date = birth(rng, 8)
    two = f"{rng.between(0, 99):02d}"
    return date + rng.choice("KMX") + two + check_digit(date[2:] + "0" + two)


def stockholm_number(rng):
    # Region Stockholm: 99, then ten digits that pass the check.
    nine = birth(rng, 6) + f"{rng.between(0, 999):03d}"
    return "99" + nine + check_digit(nine)


def national_number(rng):
    # The national reserve format: the century 19 or 20 raised by 3, 6 or 9, the rest as a
    # personnummer's.
    d = real_date(rng, 1930, 2026)
    century = d.year // 100 + 3 * rng.between(1, 3)
    nine = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{rng.between(0, 999):03d}"
    return f"{century}{nine}{check_digit(nine)}"


RESERVE_FORMS = [
    ("interim 8 hyphen", lambda rng: birth(rng, 8) + "-" + interim_block(rng)),
    ("interim 6 hyphen", lambda rng: birth(rng, 6) + "-" + interim_block(rng)),
    ("interim 8 hyphen", lambda rng: birth(rng, 8) + "-" + interim_block(rng)),
    ("interim 6 space", lambda rng: birth(rng, 6) + " " + interim_block(rng)),
    ("interim 8 none", lambda rng: birth(rng, 8) + interim_block(rng)),
    ("interim 6 plus", lambda rng: birth(rng, 6) + "+" + interim_block(rng)),
    ("interim lower case", lambda rng: birth(rng, 8) + "-" + interim_block(rng).lower()),
    ("Skåne 8", lambda rng: birth(rng, 8) + "-" + skane_block(rng)),
    ("Skåne 6", lambda rng: birth(rng, 6) + "-" + skane_block(rng)),
    ("Västra Götaland", vgr_number),
    ("Västra Götaland", vgr_number),
    ("Stockholm", stockholm_number),
    ("Stockholm", stockholm_number),
    ("national", national_number),
    ("national", national_number),
    ("interim en dash", lambda rng: birth(rng, 8) + EN_DASH + interim_block(rng)),
    ("interim fullwidth", lambda rng: fullwidth(birth(rng, 6) + "-" + interim_block(rng))),
    ("Stockholm zero-width space", lambda rng: hide_inside(rng, stockholm_number(rng), ZWSP)),
]


# Phone numbers: the ranges set aside for fiction (070-174 06 05 to 99, 08-465 004 00 to 99,
# 031-390 06 00 to 99, 040-628 04 00 to 99, 0980-319 200 to 299), and six-digit Stockholm
# numbers with invented digits, for the short form of docs/privacy.md (08-12 34 56).
class Phone:
    def __init__(self, rng):
        which = rng.below(6)
        xx = f"{rng.between(5 if which == 0 else 0, 99):02d}"
        if which == 0:
            self.area, self.groups = "070", ["174", "06", xx]
        elif which == 1:
            self.area, self.groups = "08", ["465", "004", xx]
        elif which == 2:
            self.area, self.groups = "031", ["390", "06", xx]
        elif which == 3:
            self.area, self.groups = "040", ["628", "04", xx]
        elif which == 4:
            self.area, self.groups = "0980", ["319", f"2{xx}"]
        else:
            # Never hours of a dose list ("08 12 16 20"): the first group is above 24.
            self.area = "08"
            self.groups = [f"{rng.between(25, 99)}", f"{rng.between(10, 99)}",
                           f"{rng.between(10, 99)}"]

    def subscriber(self, sep=" "):
        return sep.join(self.groups)

    def national(self, after_area="-", sep=" "):
        return self.area + after_area + self.subscriber(sep)

    def international(self, lead="+46 ", after_area=" ", sep=" "):
        return lead + self.area[1:] + after_area + self.subscriber(sep)


PHONE_FORMS = [
    ("hyphen", lambda rng, p: p.national("-", " ")),
    ("hyphen", lambda rng, p: p.national("-", " ")),
    ("hyphen one run", lambda rng, p: p.national("-", "")),
    ("one run", lambda rng, p: p.national("", "")),
    ("spaces", lambda rng, p: p.national(" ", " ")),
    ("brackets", lambda rng, p: "(" + p.area + ") " + p.subscriber(" ")),
    ("brackets one run", lambda rng, p: "(" + p.area + ") " + p.subscriber("")),
    ("+46", lambda rng, p: p.international("+46 ", " ", " ")),
    ("+46 hyphen", lambda rng, p: p.international("+46 ", "-", " ")),
    ("+46 one run", lambda rng, p: p.international("+46", "", "")),
    ("0046", lambda rng, p: p.international("0046 ", " ", " ")),
    ("0046 one run", lambda rng, p: p.international("0046", "", "")),
    ("+46 (0)", lambda rng, p: p.international("+46 (0)", "-", " ")),
    ("+46 (0) spaces", lambda rng, p: p.international("+46 (0)", " ", " ")),
    ("+46(0)", lambda rng, p: p.international("+46(0)", "-", "")),
    ("slash", lambda rng, p: p.national("/", "")),
    ("slash groups", lambda rng, p: p.national("/", " ")),
    ("dots", lambda rng, p: p.national(".", ".")),
    ("en dash", lambda rng, p: p.national(EN_DASH, " ")),
    ("no-break spaces", lambda rng, p: p.national("-", NBSP)),
    ("fullwidth", lambda rng, p: fullwidth(p.national("-", " "))),
    ("zero-width space", lambda rng, p: p.area + ZWSP + "-" + p.subscriber(" ")),
]


def phone_number(rng, form):
    while True:
        text = form[1](rng, Phone(rng))
        digits = "".join(c for c in text if c.isdigit())
        # A phone number of ten digits in one run whose digits also make an identity number
        # (0406280412: 4 June 2004, check digit valid) is one to the guard as well: leave it out.
        if len(digits) == 10 and text.isdigit() and identity_like(digits):
            continue
        return text


def identity_like(ten):
    month, day = int(ten[2:4]), int(ten[4:6])
    day -= 60 if day > 60 else 0
    try:
        datetime.date(2000 + int(ten[:2]), month, day)
    except ValueError:
        return False
    return luhn_valid(ten)


# E-mail addresses at example domains.
GIVEN = ["anna", "åsa", "örjan", "lena", "mikael", "per-erik", "björn", "märta", "jonas", "sofia",
         "ali", "fatima", "karin", "ülla", "élise", "göran", "ingrid", "nils", "maja", "yusuf"]
FAMILY = ["berg", "öberg", "lindqvist", "ström", "åkesson", "holm", "nyström", "ekdahl",
          "sjögren", "karlsson", "hägg", "fors", "lund", "wästberg", "önnerfors", "dahl"]
DOMAINS = ["example.se", "example.com", "example.org", "example.net", "region.example.se",
           "sjukhuset.example", "vard-och-omsorg.example.se", "mail.example.com",
           "student.example.se", "example.nu"]


def local_part(rng):
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    shape = rng.below(7)
    if shape == 0:
        return given
    if shape == 1:
        return f"{given}_{family}"
    if shape == 2:
        return f"{given[0]}.{family}"
    if shape == 3:
        return f"{given}.{family}{rng.between(1, 99)}"
    if shape == 4:
        return f"{given}+avd{rng.between(1, 40)}"
    if shape == 5:
        return f"{given.capitalize()}.{family.capitalize()}"
    return f"{given}.{family}"


EMAIL_FORMS = [
    ("@", "@"),
    ("@", "@"),
    ("@", "@"),
    ("(at)", "(at)"),
    ("[at]", "[at]"),
    ("(AT)", "(AT)"),
    ("[AT]", "[AT]"),
]


def email_address(rng, form):
    return local_part(rng) + form[1] + rng.choice(DOMAINS)


# --- Sentences around an identifier ------------------------------------------------------------
# `{}` is where the identifier stands: first, in the middle, last, before punctuation, in
# brackets, after a colon.

NUMBER_SENTENCES = [
    "{} stod på remissen men inte på armbandet.",
    "{}: inskriven via akuten under natten.",
    "Kontrollera ID-bandet mot {} innan blodet ges.",
    "Läkemedelslistan skrevs ut på fel patient ({}).",
    "Remissen gällde {} och skickades till röntgen.",
    "ID: {}",
    "Labbsvaret kom på {}, inte på vår patient.",
    "Jag skrev av {} från följesedeln, vilket jag inte borde ha gjort.",
    "Handledaren påminde om att {} inte får stå i en anteckning.",
    "Provröret var märkt med {} och gick i rörposten.",
    "Vid överrapporteringen lästes {} upp två gånger.",
    "Etiketten ({}) satt på fel rör.",
    "Uppgiften {} ska bort ur reflektionen.",
    "Som identitet angavs {}.",
    "Pat {} kom till avdelningen vid lunch.",
    "Nr:{}",
    "Han uppgav {} i luckan på akutmottagningen.",
    "Står det {} på recepten?",
    "Ny patient, {}, till sal fem.",
    "Journalkopian gällde {}; den makulerades direkt.",
    "Fick samtal om {} från laboratoriet.",
    "Röntgen frågade efter {} innan undersökningen.",
    "Blodgruppering beställd på {} i morse.",
    "The wristband said {} but the chart said something else.",
    "Please check {} against the request form.",
    "Blood samples were sent under {}.",
    "I copied {} into my notes by mistake.",
    "Identity checked at the bedside: {}.",
    "Ordinationen signerades för {} av fel läkare.",
    "Överflyttning från IVA, {} enligt följesedeln.",
    "På lappen stod \u201d{}\u201d med blyerts.",
    "Armbandet: {}\u2026 resten gick inte att läsa.",
]

PERSONAL_SENTENCES = [
    "Personnummer: {}",
    "Pnr {} enligt inskrivningen.",
    "Hennes personnummer, {}, stod på pärmen.",
    "pnr:{} saknas i listan",
    "pnr{} enligt lappen i fickan",
    "Personnumret {} fanns redan i systemet.",
    "{} är personnumret på remissen.",
    "Kontrollera personnummer ({}) vid varje läkemedelsutdelning.",
    "The patient's personal identity number is {}.",
    "Dottern lämnade faderns personnummer {} i receptionen.",
    "Fel personnummer på provet: {}!",
    "Skriv aldrig personnummer som {} i en reflektion.",
    "Pnr.{} enligt remissen",
]

COORDINATION_SENTENCES = [
    "Samordningsnummer: {}",
    "Han har samordningsnummer {} och behöver tolk.",
    "Samordningsnumret {} kom från Skatteverket i förra veckan.",
    "Co-ordination number {} was on the referral.",
    "{} är ett samordningsnummer, inte ett personnummer.",
    "Tolken bad oss kontrollera samordningsnumret ({}).",
    "Säsongsarbetaren registrerades med {} i kassan.",
    "snr:{} enligt försäkringskassans brev",
    "Snr.{} på tolkbeställningen.",
]

RESERVE_SENTENCES = [
    "Reservnummer {} gavs i akuten.",
    "Reservnr: {}",
    "Patienten saknar personnummer och fick {} som reservnummer.",
    "Interimsnummer {} tills identiteten är klarlagd.",
    "The unidentified patient was registered as {}.",
    "Byt {} mot rätt personnummer när det kommer.",
    "Traumalarmet registrerades på {}.",
    "Okänd man, reservnummer {}, till operation.",
    "Provsvaren ligger under {} tills vidare.",
    "{} är ett reservnummer från mottagningen.",
    "Reservnr.{} till röntgen.",
]

PHONE_SENTENCES = [
    "Ring anhöriga på {} efter ronden.",
    "{} är dotterns nummer.",
    "Tel: {}",
    "Hustrun nås på {}, helst efter lunch.",
    "Sonen lämnade sitt nummer ({}) i receptionen.",
    "Kontaktperson: dottern, {}.",
    "Call the daughter on {} before discharge.",
    "Nummer till hemtjänsten: {}",
    "Han bad oss ringa {} om något ändrades.",
    "Grannen som har nyckel nås på {}.",
    "tel:{}",
    "Kan du ringa {}?",
    "Anhörig vill bli uppringd på {}!",
    "Boendet har nummer {} och ska få besked före eftermiddagen.",
    "Mamman svarar på {} men inte på sms.",
    "Skriv inte {} i anteckningen, det är en anhörigs telefon.",
    "Her husband can be reached at {}.",
    "Maken ringde från {} och frågade om besökstiden.",
    "Kontakt via {}; ingen annan anhörig finns.",
    "Distriktssköterskan har bett om samtal på {}.",
    "Tel.{} till maken.",
    "Numret \u201d{}\u201d står på kylskåpsdörren hemma.",
]

EMAIL_SENTENCES = [
    "Skicka remissvaret till {}.",
    "Mejla {} om tiden för återbesöket.",
    "E-post: {}",
    "Dottern ({}) vill ha en kopia av informationen.",
    "{} är sonens adress.",
    "Please e-mail {} with the discharge summary.",
    "Anhörig bad oss skriva till {} i stället för att ringa.",
    "Adressen {} stod på blanketten.",
    "Kontakt:{}",
    "Har någon svarat {}?",
    "Skriv \u201d{}\u201d i fältet för anhörig.",
    "Hemtjänsten nås på {}, enligt biståndshandläggaren.",
    "Frågor om provsvar kan skickas till {}!",
    "Adress: \u00ab{}\u00bb enligt dottern.",
]


def identifier_lines(rng):
    plans = [
        ("personal_number", identity_forms(False), NUMBER_SENTENCES + PERSONAL_SENTENCES,
         lambda form: identity_number(rng, form, False)),
        ("coordination_number", identity_forms(True), NUMBER_SENTENCES + COORDINATION_SENTENCES,
         lambda form: identity_number(rng, form, True)),
        ("reserve_number", RESERVE_FORMS, NUMBER_SENTENCES + RESERVE_SENTENCES,
         lambda form: form[1](rng)),
        ("phone_number", PHONE_FORMS, PHONE_SENTENCES, lambda form: phone_number(rng, form)),
        ("email_address", EMAIL_FORMS, EMAIL_SENTENCES, lambda form: email_address(rng, form)),
    ]
    lines = []
    seen = set()
    for kind, forms, sentences, make in plans:
        made = 0
        while made < PER_KIND[kind]:
            form = forms[made % len(forms)]  # every form in turn
            identifier = make(form)
            sentence = rng.choice(sentences).replace("{}", identifier)
            assert sentence.count(identifier) == 1 and "\t" not in sentence, sentence
            if sentence in seen:
                continue
            seen.add(sentence)
            lines.append(f"{kind}\t{identifier}\t{sentence}")
            made += 1
    return lines


# --- Prose -------------------------------------------------------------------------------------


def hours_list(rng):
    """Hours of a dose list, each later than the one before: "06 12 18 24"."""
    return rng.choice([
        "06 12 18 24", "08 12 16 20", "08 14 20", "07 13 19", "06 10 14 18 22", "08 16 24",
        "09 15 21", "06 14 22", "08 13 18", "07 11 15 19 23", "08 20", "10 22",
    ])


def clock(rng, sep=None):
    sep = sep or rng.choice([".", ":"])
    return f"{rng.between(0, 23):02d}{sep}{rng.choice(['00', '15', '30', '45', '05', '50'])}"


def clock_range(rng, dash="\u2013"):
    """From a time to a later one on the same day: "08.30\u201316.00"."""
    start = rng.between(0, 20)
    end = rng.between(start + 1, 23)
    sep = rng.choice([".", ":"])
    return (f"{start:02d}{sep}{rng.choice(['00', '30'])}{dash}"
            f"{end:02d}{sep}{rng.choice(['00', '15', '30', '45'])}")


def day(rng):
    return real_date(rng, 2026, 2027)


def iso(d):
    return d.isoformat()


def dotted(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def date_range(rng):
    first = day(rng)
    last = first + datetime.timedelta(days=rng.between(7, 70))
    return rng.choice([
        f"{iso(first)}\u2013{iso(last)}",
        f"{iso(first)}--{iso(last)}",
        f"{iso(first)} \u2013 {iso(last)}",
        f"{iso(first)} till {iso(last)}",
        f"{first.day}/{first.month}\u2013{last.day}/{last.month}",
        f"{dotted(first)}\u2013{dotted(last)}",
    ])


def decimal(rng, low, high, places=1):
    value = rng.between(int(low * 10 ** places), int(high * 10 ** places))
    whole, part = divmod(value, 10 ** places)
    return f"{whole},{part:0{places}d}"


DRUGS = [
    ("Alvedon", ["500 mg", "665 mg", "1 g"]), ("Kåvepenin", ["1 g", "1,6 g"]),
    ("Furix", ["20 mg", "40 mg"]), ("Metoprolol", ["25 mg", "50 mg"]),
    ("Oxynorm", ["2,5 mg", "5 mg"]), ("Ipren", ["200 mg", "400 mg"]),
    ("Heracillin", ["500 mg", "750 mg"]), ("Omeprazol", ["20 mg", "40 mg"]),
    ("Laxoberal", ["10 droppar"]), ("Stesolid", ["5 mg"]), ("Zopiklon", ["3,75 mg", "5 mg"]),
    ("Paracetamol", ["1 g"]), ("Ondansetron", ["4 mg", "8 mg"]), ("Waran", ["2,5 mg"]),
]

SUBJECTS = ["Patienten", "Handledaren", "Undersköterskan", "Jag", "Nattsköterskan",
            "Läkaren på ronden", "Min studiekamrat", "Fysioterapeuten", "Dietisten",
            "Arbetsterapeuten", "Kvällspersonalen"]
VERBS = ["gick igenom", "dokumenterade", "följde upp", "förklarade", "övade på", "planerade",
         "utvärderade", "påbörjade", "avslutade", "diskuterade"]
OBJECTS = ["såromläggningen", "läkemedelsgenomgången", "fallriskbedömningen", "nutritionen",
           "smärtskattningen", "förflyttningen från säng till stol", "munvården",
           "trycksårsbedömningen", "vätskelistan", "utskrivningsplaneringen",
           "informationen till anhöriga", "den basala hygienen"]
ENDINGS = ["före lunch.", "under förmiddagen.", "i lugn och ro.", "tillsammans med mig.",
           "på ett föredömligt sätt.", "efter överrapporteringen.", "innan kvällsmålet.",
           "på eget initiativ.", "med stöd av en kollega."]

ENGLISH = [
    "The patient walked to the day room with a frame and needed one rest on the way.",
    "We discussed how to explain the fasting rules before surgery in plain words.",
    "My supervisor showed me how to prime the infusion line without air bubbles.",
    "Handover was calm today and everyone had time to ask questions.",
    "I found it hard to stay focused during the long medication round.",
    "The relatives were grateful for the update after the ward round.",
]


PHONE_HOURS = ["08.00-09.00", "13.00\u201314.00", "10.30-11.30", "07.45\u201308.15"]


def prose_line(rng):
    drug, doses = rng.choice(DRUGS)
    dose = rng.choice(doses)
    d = day(rng)
    templates = [
        lambda: f"{drug} {dose} x {rng.between(1, 4)} enligt ordination.",
        lambda: f"Alvedon 1 g x {rng.between(3, 4)}, sista dosen kl {clock(rng)}.",
        lambda: f"Fick 2x500 mg paracetamol kl {clock(rng)} med god effekt.",
        lambda: f"Morfin {rng.between(2, 10)} mg ges kl {hours_list(rng)}.",
        lambda: f"Antibiotika ges {hours_list(rng)} i {rng.between(5, 10)} dagar.",
        lambda: f"{drug} ges kl {hours_list(rng)}, dokumenteras i läkemedelslistan.",
        lambda: f"BT {rng.between(95, 175)}/{rng.between(50, 100)}, puls {rng.between(48, 130)}, "
                f"saturation {rng.between(88, 100)} %.",
        lambda: f"NEWS2 {rng.between(0, 9)} vid kontrollen kl {clock(rng)}.",
        lambda: f"Sal {rng.between(1, 12)} säng {rng.between(1, 4)}: mobiliserad till stol.",
        lambda: f"Hb {rng.between(85, 160)}, CRP {rng.between(1, 300)}, "
                f"LPK {decimal(rng, 2, 25)}.",
        lambda: f"Krea {rng.between(40, 250)}, Na {rng.between(128, 148)}, "
                f"K {decimal(rng, 2.8, 5.9)}.",
        lambda: f"Lot {rng.choice('ABCDEFH')}{rng.between(10, 99)}{rng.choice('KLMNX')}"
                f"{rng.between(100, 999)}, utgångsdatum {iso(d)}.",
        lambda: f"Artikelnummer {rng.between(10000, 999999)} beställt från förrådet.",
        lambda: f"Ring anknytning {rng.between(1000, 99999)} vid frågor om provtagning.",
        lambda: "Vid hjärtstopp: larma 112 och starta HLR direkt.",
        lambda: f"Hänvisa till 1177 för rådgivning efter hemgång, sa {rng.choice(SUBJECTS).lower()}.",
        lambda: f"Placeringen pågår {date_range(rng)}.",
        lambda: f"Vecka {rng.between(1, 52)}: {rng.between(1, 5)} nattpass och "
                f"{rng.between(1, 5)} kvällspass.",
        lambda: f"Född {rng.between(1925, 1960)}, bor med maka i villa med trappor.",
        lambda: f"Temp {decimal(rng, 36, 40.5)} °C kl {clock(rng)}, fick Alvedon.",
        lambda: f"Dropp Ringer-Acetat {rng.choice([500, 1000])} ml på {rng.between(2, 12)} timmar.",
        lambda: f"Novorapid {rng.between(2, 14)} E före lunch, P-glukos "
                f"{decimal(rng, 3.5, 18)} mmol/l.",
        lambda: f"INR {decimal(rng, 1, 4.5)}, Waran enligt AK-mottagningen.",
        lambda: f"Vätskebalans +{rng.between(100, 2500)} ml sedan kl {clock(rng)}.",
        lambda: f"NRS {rng.between(4, 10)} före och {rng.between(0, 3)} efter Oxynorm {dose}.",
        lambda: f"Arbetstid {rng.choice(['0700-1530', '1300-2130', '2100-0715', '0830-1600'])}, "
                f"rapport kl {clock(rng)}.",
        lambda: f"GCS {rng.between(3, 15)}, pupiller lika stora och ljusreaktiva.",
        lambda: f"Vikt {rng.between(40, 140)} kg, längd {rng.between(145, 200)} cm.",
        lambda: f"Urinmängd {rng.between(50, 900)} ml på {rng.between(2, 12)} h via KAD.",
        lambda: f"Kl {clock(rng, ':')} ringde en anhörig och fick information.",
        lambda: f"Handledningssamtal {iso(d)} kl {clock(rng)} i personalrummet.",
        lambda: f"Bedömningen {dotted(d)} gick bra enligt handledaren.",
        lambda: f"Reflektion vecka {rng.between(1, 52)}: jag lärde mig mer om sårvård.",
        lambda: f"The patient in bed {rng.between(1, 4)} scored NEWS2 {rng.between(0, 9)} "
                f"at {clock(rng, ':')}.",
        lambda: f"Paracetamol 1 g given at {clock(rng, ':')}, pain {rng.between(0, 10)}/10 "
                f"afterwards.",
        lambda: f"Blood pressure {rng.between(100, 170)}/{rng.between(55, 100)} lying, "
                f"{rng.between(90, 160)}/{rng.between(50, 95)} standing.",
        lambda: f"Hb dropped from {rng.between(110, 150)} to {rng.between(80, 109)} overnight.",
        lambda: f"Telefontid {rng.choice(PHONE_HOURS)} för anhöriga.",
        lambda: f"Kl {clock_range(rng)} var det lugnt på avdelningen.",
        lambda: f"Heparin {rng.choice(['5000', '5 000', '10 000'])} E s.c. kl {clock(rng)}.",
        lambda: f"NaCl 0,9 % {rng.choice([250, 500, 1000])} ml, {rng.between(60, 250)} ml/h.",
        lambda: f"Vi övade HLR 30:2 i {rng.between(10, 45)} minuter.",
        lambda: f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
                f"{rng.choice(ENDINGS)}",
        lambda: f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
                f"{rng.choice(ENDINGS)}",
        lambda: f"{rng.choice(ENGLISH)} Week {rng.between(1, 52)}.",
        lambda: f"Laktat {decimal(rng, 0.5, 6)}, pH {decimal(rng, 7.1, 7.5, 2)}.",
        lambda: f"Saturation {rng.between(88, 99)} % med {rng.between(1, 5)} l syrgas.",
        lambda: f"AF {rng.between(10, 32)}/min, temp {decimal(rng, 36, 39.5)}.",
        lambda: f"Besök {rng.choice(['5/11', '12/3', '30/6', '1/9'])} kl {clock(rng)}, "
                f"rum {rng.between(1, 30)}{rng.choice('ABC')}.",
        lambda: f"Sedan {rng.between(1990, 2025)} har avdelningen {rng.between(18, 32)} vårdplatser.",
        lambda: f"{drug} {dose.replace(' ', NBSP)} x {rng.between(1, 4)}, utdelat {clock(rng)}.",
        lambda: f"Apgar {rng.between(5, 8)}-{rng.between(8, 9)}-{rng.between(9, 10)}, "
                f"vikt {rng.between(2400, 4600)} g.",
        lambda: f"Dosett för vecka {rng.between(1, 52)} delad {dotted(d)} kl {clock(rng)}.",
        lambda: f"Mätte BT {rng.between(100, 160)}/{rng.between(60, 95)} och puls "
                f"{rng.between(50, 110)} kl {rng.choice(['06', '08', '14', '20'])}.",
        lambda: f"Sökare {rng.between(100, 9999)} till narkosläkaren vid behov.",
        lambda: f"NRS 0 5 10 förklarades för patienten, som valde {rng.between(1, 9)}.",
        lambda: f"Patienten åt {rng.between(1, 4)}/4 portion och drack {rng.between(1, 9)}00 ml.",
        lambda: f"\uff28\uff42 {fullwidth(str(rng.between(90, 160)))}, "
                f"\uff2e\uff25\uff37\uff33\uff12 {fullwidth(str(rng.between(0, 9)))}.",
        lambda: f"Under passet {clock_range(rng, '-')} hade jag {rng.between(2, 6)} patienter.",
    ]
    return rng.choice(templates)()


def prose_lines(rng):
    lines = []
    seen = set()
    while len(lines) < PROSE_LINES:
        line = prose_line(rng)
        if line in seen:
            continue
        seen.add(line)
        lines.append(line)
    return lines


def write(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in lines:
            out.write(line + "\n")


def main(argv):
    if len(argv) > 2:
        sys.stderr.write("usage: generate.py [DIR]\n")
        return 2
    folder = pathlib.Path(argv[1]) if len(argv) == 2 else pathlib.Path(__file__).resolve().parent
    folder.mkdir(parents=True, exist_ok=True)
    rng = Rng(SEED)
    write(folder / "identifiers.tsv", identifier_lines(rng))
    write(folder / "prose.txt", prose_lines(rng))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
