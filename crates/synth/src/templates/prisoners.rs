//! Templates for prisoner exchanges and releases between `x` and `y`.

use super::TopicTemplates;

/// Prisoner exchange templates.
pub static TEMPLATES: TopicTemplates = TopicTemplates {
    headlines: &[
        "{x_adj} and {y_adj} sides swap {prisoners} prisoners each",
        "Prisoner exchange brokered by {mediator} frees {prisoners_total} detainees",
        "{prisoners} detainees return home in exchange between {x_gov} and {y_gov}",
        "Families wait for news as {x_adj} and {y_adj} officials prepare prisoner swap",
        "Largest prisoner swap in months frees {prisoners_total}",
    ],
    leads: &[
        "{x_gov} and {y_gov} exchanged {prisoners} prisoners each {day} in a swap mediated by {mediator}, officials on both sides said.",
        "{prisoners_total} detainees were freed {day} in the largest exchange between {x_gov} and {y_gov} in months, {mediator} said.",
        "{y_adj} officials said {day} that {prisoners} people held by {x} had returned home as part of an exchange brokered by {mediator}.",
        "{x_gov} and {y_gov} carried out a prisoner exchange {day}, with {prisoners} detainees released by each side, according to {mediator}.",
    ],
    details: &[
        "Among those freed were {n} civilians and several wounded fighters, officials said.",
        "Buses carrying the released prisoners crossed a checkpoint near {city}, where relatives waited with flags and photographs.",
        "The International Committee of the Red Cross said it had facilitated the transfer and visited detainees beforehand.",
        "It was the {ordinal} exchange between the two sides this year.",
        "Officials said thousands more remained in detention, some of them held for years without charge.",
        "Several of the freed men appeared thin and exhausted in images released by the authorities.",
        "The two sides also handed over the remains of {n_big} people killed in the fighting.",
        "The released detainees will undergo medical checks and rehabilitation, officials said.",
        "{mediator} said it hoped the exchange would help build trust ahead of further talks.",
        "Relatives of missing people gathered outside {landmark} in {city2} to look for familiar faces among those freed.",
        "Negotiations on the exchange had lasted {n} weeks, according to a person familiar with the talks.",
        "The list of those released was agreed only hours before the handover, officials said.",
    ],
    quotes_x: &[
        "This exchange shows that humanitarian issues can be resolved through dialogue",
        "We have fulfilled our part of the agreement",
        "We are ready to continue exchanges on the principle of all for all",
        "Our people are back home, and that is what matters today",
    ],
    quotes_y: &[
        "Our people are coming home. We will not stop until every one of them is free",
        "Many of those released told us they were mistreated in captivity",
        "We thank {mediator} for its mediation",
        "Every person brought home is a victory",
    ],
    quotes_i: &[
        "We welcome this exchange and hope it can build trust between the parties",
        "Detainees must be treated humanely and allowed contact with their families",
        "This is a positive step, but many families are still waiting for news",
        "All those detained arbitrarily must be released",
    ],
    quotes_w: &[
        "I had not slept for three days. When I saw his face on the bus, I started to cry",
        "My son has been held for more than a year. His name was not on the list again",
        "We will keep waiting. We will keep hoping",
        "He has lost a lot of weight, but he is alive. That is all that matters",
        "I did not recognise my brother at first. He looked so old",
    ],
};
