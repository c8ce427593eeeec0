"""Which lexicon hits yield an event of their own, read off the trigger's syntax.

* a trigger nested as the content of another trigger ("accused Russia of attacking",
  "agreed to hold talks") yields only the outer event, except an agreed ceasefire, which is
  coded as the ceasefire;
* a row's frame can rule a hit out: an intransitive protest verb with an object, 'ask' without
  a to-clause, an adjective used attributively, a 'warn' that only reports a clause;
* descriptions are not acts: 'coup leaders', 'no evidence to support the claims'.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from communique.events.actors_in import DocActors, resolve
from communique.events.lexicon import Trigger, free_choice
from communique.events.participants import subject_of
from communique.events.sourceless import content_nouns, is_person
from communique.resources import load_table


@cache
def place_words() -> frozenset[str]:
    """Place prepositions the parser tags as adjectives ('rallied outside parliament')."""
    return frozenset(r["word"].lower() for r in load_table("event_place_words.csv"))


def _real_object(obj: Token) -> bool:
    """Whether a direct object is what the verb acts on, not a place the parser mistook for
    one ('protesters rallied outside parliament': 'outside' is a preposition)."""
    return not any(c.dep_ in ("amod", "advmod") and c.lower_ in place_words() for c in obj.children)


CONTENT_DEPS = frozenset(
    {
        "xcomp",
        "ccomp",
        "dobj",
        "pobj",
        "pcomp",
        "prep",
        "acomp",
        "attr",
        "compound",
        "amod",
        "nsubjpass",
        "oprd",
    }
)


def outer_trigger(token: Token, heads: dict[int, Trigger]) -> Trigger | None:
    """The trigger whose content this trigger is ('accused X of attacking'), if any."""
    t = token
    for _ in range(4):
        infinitival = t.dep_ == "acl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.children
        )
        if _to_clause(t) and t.head.i in heads and heads[t.head.i].entry.frame == "xcomp":
            # "instructed police, after the riots, to detain ...": the parser's adverbial
            # to-clause is what the addressee is told to do
            infinitival = True
        if (t.dep_ not in CONTENT_DEPS and not infinitival) or t.head.i == t.i:
            return None  # "rejected Trump's offer to send troops": the sending is content
        t = t.head
        if t.i in heads:
            return heads[t.i]
    return None


# An agreement to a ceasefire or a concession is coded as the ceasefire or concession itself
# ('Israel agreed to reopen the crossing' accedes to a demand: CONCEDE); a concession agreed by
# two parties together ('X and Y agreed to reopen crossings') is a bilateral deal: AGREE.
_AGREED_CONTENT = frozenset({"RETREAT", "CONCEDE"})
_ONE_SIDED = frozenset({"CONCEDE"})


def _joint(agree: Trigger, doc: Doc) -> bool:
    """Whether the agreeing subject is several parties ('Armenia and Azerbaijan agreed', 'the
    two Koreas agreed', 'both sides agreed'): a plural counted as two or more, or 'both'."""
    who, _ = subject_of(doc[agree.head])
    if who is None:
        return False
    if any(c.dep_ == "conj" for c in who.children):
        return True
    return who.tag_ in ("NNS", "NNPS") and any(
        c.lower_ in _SEVERAL for c in who.children if c.dep_ in ("nummod", "det", "predet")
    )


# Counting words that make a plural subject several parties acting together.
_SEVERAL = frozenset({"two", "three", "four", "both", "all"})


# Proposing or offering a ceasefire (a noun: nobody is said to cease fire) is an intent to
# cooperate (AGREE), not the ceasefire; 'offered to resign' keeps the act offered.
_PROPOSALS = frozenset({"propose", "offer", "suggest", "float", "table"})


# Readiness words: 'said it was ready to reopen the border' states a willingness (AGREE), not
# the reopening, which 'agreed to reopen' accedes to.
_READINESS = frozenset({"ready", "willing", "prepared"})


def _agreed_content(outer: Trigger, inner: Trigger, doc: Doc) -> bool:
    return (
        outer.entry.type == "AGREE"
        and doc[outer.head].lower_ not in _READINESS
        and not (
            doc[outer.head].lemma_.lower() in _PROPOSALS
            and doc[inner.head].pos_ in ("NOUN", "PROPN")
        )
        and inner.entry.type in _AGREED_CONTENT
        and not (inner.entry.type in _ONE_SIDED and _joint(outer, doc))
    )


# Verbs of command: an authority commanding its own forces or agencies to act is doing it
# through them ('instructed security agencies to investigate the leak' is the investigation,
# 'ordered troops to withdraw' the withdrawal); a command to anyone else stays a request
# ('instructed residents to evacuate', 'the court ordered Russia to withdraw').
_COMMANDS = frozenset({"instruct", "order", "direct", "command"})
_COMMANDED = frozenset({"ACCUSE", "COERCE", "SANCTION", "ASSAULT", "MOBILIZE", "RETREAT"})


@cache
def command_addressees() -> frozenset[str]:
    """Nouns for those who carry out a command for the commander's side, from
    ``data/event_command_addressees.csv``."""
    return frozenset(r["lemma"].lower() for r in load_table("event_command_addressees.csv"))


def _commanded_content(outer: Trigger, inner: Trigger, doc: Doc) -> bool:
    verb = doc[outer.head]
    if (
        outer.entry.type not in ("REQUEST", "MOBILIZE")  # 'ordered troops to withdraw'
        or verb.lemma_.lower() not in _COMMANDS
        or inner.entry.type not in _COMMANDED
        or doc[inner.head].pos_ != "VERB"
    ):
        return False
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if told is None or told.lemma_.lower() in command_addressees():
        return True
    # 'ordered his staff to delay the aid', 'ordered its troops to pull back': one's own people
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in told.children)


def _shared_act(helper: Trigger, inner: Token, doc: Doc) -> bool:
    """Whether ``inner`` is what a bare 'help' verb helped do: 'he helped negotiate the deal'
    is taking part in the negotiation, not aid to anyone. With someone helped ('helped Ukraine
    repel the attack') the helping stays aid."""
    verb = doc[helper.head]
    return (
        helper.entry.type == "AID"
        and not helper.entry.objects
        and verb.pos_ == "VERB"
        and inner.dep_ == "xcomp"
        and inner.head.i == verb.i
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
    )


def _refused_negative(outer: Trigger, inner: Trigger) -> bool:
    """'refused to rule out military force', 'declined to seek re-election': refusing a row
    that is an event only when negated is that event (a threat, a stepping down), not a
    rejection."""
    return (
        outer.entry.type == "REJECT"
        and inner.entry.type == "NONE"
        and bool(inner.entry.negated_type)
    )


def keep(trig: Trigger, doc: Doc, heads: dict[int, Trigger]) -> bool:
    """Whether a trigger yields its own event, given the triggers above and below it."""
    token = doc[trig.head]
    if trig.entry.frame == "bare" and _content_coded(token, heads):
        return False  # "issued an order releasing the prisoners" is the release
    outer = outer_trigger(token, heads)
    if outer is not None and _shared_act(outer, token, doc):
        return True
    if outer is not None and _refused_negative(outer, trig):
        return True
    if any(
        _refused_negative(trig, h) and outer_trigger(doc[h.head], heads) is trig
        for h in heads.values()
    ):
        return False  # "refused to rule out force" is coded as the threat it leaves open
    if any(c.i in heads and _shared_act(trig, c, doc) for c in token.children if c.dep_ == "xcomp"):
        return False  # coded as what was helped with
    if outer is not None and _blamed_act(outer, token, doc):
        return True
    if outer is not None and _appraised_deed(outer, token):
        return True
    if outer is not None:
        return _agreed_content(outer, trig, doc) or _commanded_content(outer, trig, doc)
    for other in heads.values():  # an AGREE or command whose content is coded in its place
        if (
            other is not trig
            and trig.entry.type in ("AGREE", "REQUEST", "MOBILIZE")
            and outer_trigger(doc[other.head], heads) is trig
            and (_agreed_content(trig, other, doc) or _commanded_content(trig, other, doc))
        ):
            return False
    return True


# Reactions to an act: welcoming or condemning it says nothing about whether it happened
# only when it is hypothetical; an act owned by a named doer ('the EU's lifting of sanctions')
# has happened and is an event of its own beside the reaction.
_REACTIONS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})


def _appraised_deed(outer: Trigger, token: Token) -> bool:
    """Whether a nominal act that a reaction is about was done by a named owner: 'the EU's
    lifting of sanctions on Syria was welcomed by Damascus' codes the lifting (EU -> SYR) as
    well as the welcome. Only a proper-name possessor: 'its plan' or 'the lifting' alone may
    be wished for or feared, not done."""
    if outer.entry.type not in _REACTIONS or token.pos_ != "NOUN":
        return False
    if token.dep_ not in ("dobj", "nsubjpass", "pobj"):
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children)


def _blamed_act(outer: Trigger, token: Token, doc: Doc) -> bool:
    """'The bombing was blamed on the Islamic State': the act is the passive subject of an
    allegation that names no accuser, so the act itself is what the sentence reports (its doer
    is the one it is blamed on); with an accuser the accusation is the event."""
    verb = doc[outer.head]
    return (
        outer.entry.mode == "allege"
        and token.dep_ == "nsubjpass"
        and token.head.i == verb.i
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _condition(token: Token) -> bool:
    """A nominal trigger named as a condition ('subject to agreement', 'pending approval',
    'barring a deal'): nothing has happened."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in ("pending", "barring"):
        return True
    return prep.lower_ == "to" and prep.head.lower_ in ("subject", "conditional")


# Prepositions whose noun object is a point or stretch of time, not an act.
_TIME_PREPS = frozenset({"by", "until", "till", "toward", "towards", "throughout"})


@cache
def _speculation() -> dict[str, frozenset[str]]:
    """Forecast adjectives, hearsay nouns, verbs of (not) answering and forecaster nouns, from
    ``data/event_speculation.csv``."""
    out: dict[str, set[str]] = {}
    for row in load_table("event_speculation.csv"):
        out.setdefault(row["kind"], set()).add(row["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


_MODALS = frozenset({"will", "would", "could", "might", "may", "'ll", "shall"})


def speculated(token: Token) -> bool:
    """Whether the trigger lies in a forecast or rumour rather than in a report of an act:
    under a forecast adjective ('Russia was unlikely to agree to a ceasefire', 'it is likely
    that ...'), in the content of hearsay someone would not address ('declined to comment on
    reports that Russia was preparing an offensive'), or in the future or modal clause an
    analyst reports ('analysts said Iran would retaliate'). Nothing was done by the actors named
    in it (gold/events/README.md: comments and forecasts are not events)."""
    words = _speculation()
    forecast, hearsay = words.get("forecast", frozenset()), words.get("hearsay", frozenset())
    unanswered = words.get("unanswered", frozenset())
    forecasters = words.get("forecaster", frozenset())
    expecting = words.get("expect", frozenset())
    modal = False
    below = token
    for t in (token, *token.ancestors):
        low = t.lemma_.lower()
        if (
            t.i != token.i
            and low in expecting
            and t.pos_ == "VERB"
            and below.dep_ in ("xcomp", "ccomp")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ):
            # "EU diplomats expect the package to be approved next week", "ambassadors are
            # expected to approve it on Wednesday": a forecast, nothing done yet
            return True
        below = t
        if t.pos_ == "ADJ" and low in forecast:
            return True
        if t.i != token.i and any(
            c.dep_ == "acomp" and c.lemma_.lower() in forecast for c in t.children
        ):
            return True  # "was | unlikely to agree", "it is | likely that they will sign"
        if (
            low in hearsay
            and t.pos_ == "NOUN"
            and t.dep_ == "pobj"
            and t.head.lower_ in ("on", "about", "to")
            and t.head.head.lemma_.lower() in unanswered
        ):
            return True
        modal = modal or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in t.children)
        if t.dep_ in ("ccomp", "parataxis") and modal:
            subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() in forecasters:
                return True
        if t.head.i == t.i and modal:
            # "Iran would retaliate within days, analysts said": the reporting clause hangs
            # from the reported one
            for rep in (c for c in t.children if c.dep_ in ("parataxis", "ccomp")):
                subj = next((c for c in rep.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.lemma_.lower() in forecasters:
                    return True
    return False


@cache
def flight_verbs() -> frozenset[str]:
    """Verbs whose object event is what people got away from, ``data/event_flight_verbs.csv``."""
    return frozenset(r["lemma"].lower() for r in load_table("event_flight_verbs.csv"))


@cache
def _accident_words() -> dict[str, frozenset[str]]:
    """Lemmas by kind ('verb', 'obstacle', 'manner') from ``data/event_accidents.csv``."""
    kinds: dict[str, set[str]] = {}
    for r in load_table("event_accidents.csv"):
        kinds.setdefault(r["kind"].strip().lower(), set()).add(r["word"].strip().lower())
    return {k: frozenset(v) for k, v in kinds.items()}


# Verbs of impact that are attacks when aimed ('a drone struck a market') and accidents when a
# vehicle runs into something ('a helicopter struck power lines and crashed').
_IMPACT_VERBS = frozenset({"strike", "hit", "slam", "smash", "ram"})


def accidental_impact(token: Token) -> bool:
    """Whether an impact verb tells an accident rather than an attack: the thing hit is an
    obstacle a crashing craft runs into (power lines, a mountainside, trees), or the hitter is
    said in the same breath to crash ('struck a building and crashed'). A craft that bombs or
    fires is untouched: only these verbs of impact are looked at."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _IMPACT_VERBS:
        return False
    words = _accident_words()
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is not None:
        obstacles = words.get("obstacle", frozenset())
        mods = [c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")]
        lemma = obj.lemma_.lower()
        if lemma in obstacles or any(f"{m} {lemma}" in obstacles for m in mods):
            return True
    crash = words.get("verb", frozenset())
    linked = [c for c in token.children if c.dep_ in ("conj", "advcl")]
    if token.dep_ == "conj":
        linked.append(token.head)
    return any(v.pos_ == "VERB" and v.lemma_.lower() in crash for v in linked)


def frame_ok(trig: Trigger, doc: Doc) -> bool:
    """Frames that rule a trigger out by its own syntax: an intransitive protest verb with an
    object ('demonstrated a device'), 'ask' without a to-clause ('asked about the plan'); a
    forecast or rumour ('was unlikely to agree', 'declined to comment on reports that')."""
    token = doc[trig.head]
    if speculated(token):
        return False
    if trig.entry.type == "ASSAULT" and accidental_impact(token):
        return False  # "a helicopter struck power lines and crashed": an accident
    if (
        token.dep_ == "acl"
        and token.head.lemma_.lower() in content_nouns()
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    ):
        return False  # "no evidence to support the claims": what would show it, not an act
    if (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ == "pobj"
        and token.head.lower_ in _TIME_PREPS
    ):
        return False  # "by the end of the campaign", "until the ceasefire": a point in time
    if _condition(token):
        return False  # "subject to agreement on the procedures", "pending approval": a condition
    if token.pos_ in ("NOUN", "PROPN") and free_choice(token):
        return False  # "any strike on its territory would trigger a response": no act named
    if (
        token.pos_ in ("NOUN", "PROPN")
        and (token.dep_ == "dobj" or token.dep_ == "pobj" and token.head.lower_ == "from")
        and (token.head if token.dep_ == "dobj" else token.head.head).lemma_.lower()
        in flight_verbs()
    ):
        # "people fleeing fighting in eastern Congo", "fled from the violence": what they
        # fled, background ('fled after the attack' keeps the attack)
        return False
    if token.dep_ == "compound" and token.pos_ in ("NOUN", "PROPN") and is_person(token.head):
        return False  # "coup leaders", "protest organisers", "bombing suspects": people, not acts
    deps = {c.dep_ for c in token.children}
    if trig.entry.frame == "predicate":  # "masks will be compulsory", not "compulsory voting"
        return token.dep_ in ("acomp", "oprd", "attr", "ROOT", "ccomp", "xcomp", "conj")
    if trig.entry.frame == "intransitive":
        return not any(c.dep_ == "dobj" and _real_object(c) for c in token.children)
    if trig.entry.frame == "xcomp":
        # "asked Norway to extradite", not "asked me, 'Is he ...?'"; after a long object the
        # parser hangs the to-clause as an adverbial one ("advised residents of her city to
        # stay indoors"), which is still what the addressee is asked to do
        return "xcomp" in deps or ("dobj" in deps and any(_to_clause(c) for c in token.children))
    return True


def _to_clause(token: Token) -> bool:
    """An infinitival adverbial clause ('... to stay indoors')."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _content_coded(token: Token, heads: dict[int, Trigger]) -> bool:
    """Whether an event trigger lies inside the object of ``token`` ('issued a decree
    pardoning 500 prisoners'): the instrument's content is the event, coded in its place."""
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        if any(t.i in heads and t.i != obj.i for t in obj.subtree):
            return True
        # the parser often hangs the participle on the verb: 'issued a decree | pardoning ...'
        if any(
            c.i in heads and c.i > obj.i and c.tag_ == "VBG" and c.dep_ in ("advcl", "xcomp")
            for c in token.children
        ):
            return True
    return False


def speech_ok(ctx: DocActors, trig: Trigger) -> bool:
    """A 'speech' trigger ('warn') with a reported clause is a threat only when the clause says
    what the warner's own side will do ('China warned that it would take measures'); otherwise
    it is a statement and the clause is coded on its own ('activists warned the junta could
    shut down the internet')."""
    token = ctx.doc[trig.head]
    if trig.entry.frame != "speech":
        return True
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return True
    quote = ctx.quote_of(token.idx)
    who, _ = subject_of(token)
    if who is not None and _addressed(ctx, token, who, quote):
        return True
    inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if who is None or inner is None:
        return False
    if inner.lower_ in ("it", "we", "they", "he", "she", "i"):
        return True
    mine = {(a.country, _side(a.sector)) for a in resolve(ctx, who, quote) if a.country}
    theirs = {(a.country, _side(a.sector)) for a in resolve(ctx, inner, quote) if a.country}
    return bool(mine & theirs)


def _addressed(ctx: DocActors, token: Token, who: Token, quote: int | None) -> bool:
    """Whether a state organ warns another party to its face ('Putin warned Seoul that
    supplying weapons would be a big mistake', 'China warned Taiwan that ...'): a warning
    addressed to a named state is a threat (CAMEO 13), whatever its clause says; a warning to
    no one ('economists warned that ...') stays a statement."""
    mine = [a for a in resolve(ctx, who, quote) if a.country and _side(a.sector) == "STATE"]
    if not mine:
        return False
    told = [
        a
        for c in token.children
        if c.dep_ == "dobj"
        for a in resolve(ctx, c, quote)
        if a.country
    ]
    return bool(told) and not {a.country for a in told} & {a.country for a in mine}


# Organs of one state speak for it: an army chief warning that 'Tehran would respond' warns
# of what his own side will do.
_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _side(sector: str | None) -> str | None:
    return "STATE" if sector in _STATE else sector
