//! Templates for sanctions imposed on the acting side `x` by `{sanctioner}`.

use super::TopicTemplates;

/// Sanctions templates.
pub static TEMPLATES: TopicTemplates = TopicTemplates {
    headlines: &[
        "{sanctioner} imposes new sanctions over {war}",
        "{sanctioner} targets {x_adj} {target} in new sanctions package",
        "New sanctions hit {listed} companies and individuals linked to {x_gov}",
        "{x_gov} vows response as {sanctioner} unveils sanctions",
        "{sanctioner} and {sanctioner2} tighten sanctions over {reason}",
        "Sanctions target {target} accused of {reason}",
    ],
    leads: &[
        "{sanctioner} {day} announced sanctions on {listed} individuals and entities it accused of supporting {x}, including {target} involved in {reason}.",
        "{sanctioner} imposed sanctions {day} on {x_adj} {target} over {reason}, freezing any assets they hold in its jurisdiction and banning them from travel.",
        "{sanctioner} unveiled its {ordinal} package of sanctions linked to {war} {day}, aimed at {reason}.",
        "{x_gov} condemned new sanctions announced {day} by {sanctioner}, which target {target} accused of {reason}.",
    ],
    details: &[
        "The measures freeze assets worth an estimated {money}, officials said.",
        "Among those listed are {n} shipping companies accused of helping to move {cargo} in breach of earlier restrictions.",
        "{sanctioner} said the package also tightened export controls on dual-use goods such as microelectronics and drone components.",
        "Critics say sanctions have had limited effect because of widespread evasion through third countries.",
        "The listings were coordinated with {sanctioner2}, officials said.",
        "Those targeted include a senior commander accused of overseeing attacks on civilians in {city}.",
        "Companies registered in several third countries were also named for supplying components.",
        "The sanctions bar citizens and companies under {sanctioner}'s jurisdiction from doing business with those listed.",
        "Officials said more measures were being prepared and could be announced {next_time}.",
        "Trade data shows that exports of {cargo} have continued through intermediaries despite earlier measures.",
        "{n} banks were also cut off from international payment systems, officials said.",
        "The listings bring the total number of individuals and entities under sanctions over {war} to more than {n_big}.",
    ],
    quotes_x: &[
        "These illegal sanctions will not change our course",
        "{sanctioner} is once again trying to punish ordinary people for political reasons",
        "We reserve the right to respond",
        "The sanctions are based on false accusations and unverified reports",
        "Those who impose sanctions will end up hurting themselves",
    ],
    quotes_y: &[
        "We welcome these sanctions, but more pressure is needed",
        "Every sanction brings the end of this war closer",
        "Sanctions must be enforced, not just announced",
        "Those who finance this war must pay a price",
    ],
    quotes_i: &[
        "We will continue to hold accountable those who fuel this conflict",
        "Today's measures send a clear message that there will be consequences",
        "We are closing the loopholes that allowed sanctions to be evaded",
        "Our goal is to cut off the money that pays for the fighting",
    ],
    quotes_w: &[
        "Prices have gone up again. Ordinary people pay for these decisions",
        "Business was already bad. Now nobody wants to trade with us",
        "The people who should be punished are not the ones who suffer",
        "We hear about sanctions every month, but nothing changes here",
    ],
};
