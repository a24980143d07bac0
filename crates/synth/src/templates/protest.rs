//! Templates for protests in `{city}`; `y` runs the city, `x` is the other side.

use super::TopicTemplates;

/// Protest templates.
pub static TEMPLATES: TopicTemplates = TopicTemplates {
    headlines: &[
        "{crowd_h} rally in {city} against {cause}",
        "Police fire tear gas at protesters in {city}",
        "Protesters in {city} demand {demand}",
        "{city} protest over {cause} turns violent, {arrested} arrested",
        "Anger over {cause} brings {crowd} people to the streets of {city}",
        "Families march in {city} to demand {demand}",
    ],
    leads: &[
        "{crowd} people took to the streets of {city} {day} to protest against {cause}, chanting slogans and waving banners demanding {demand}.",
        "Police in {city} fired tear gas and arrested {arrested} people {day} as {crowd} protesters marched towards {landmark}, witnesses said.",
        "Protesters gathered outside {landmark} in {city} {day}, demanding {demand}, in the latest of a series of demonstrations over {cause}.",
        "{crowd} demonstrators rallied in {city} {day} in one of the largest protests against {cause} {since}.",
    ],
    details: &[
        "Organisers said more than {n_big} people took part, while police put the number much lower.",
        "Some protesters carried portraits of relatives they said had been killed or detained.",
        "Shops in the centre of {city} stayed closed during the demonstration.",
        "{n} people were injured in clashes with security forces, according to a local hospital.",
        "Similar protests were reported in {city2} and several other towns.",
        "Authorities had banned public gatherings in {city} {earlier}, citing security concerns.",
        "Videos posted on social media showed crowds chanting and blocking a main road.",
        "The protest was largely peaceful, though police briefly detained several students.",
        "Organisers called for a general strike {next_time} if their demands were not met.",
        "Security forces sealed off streets around {landmark} hours before the march began.",
        "Rights groups said at least {n} journalists covering the protest had been briefly detained.",
        "The demonstration ended peacefully in the evening after organisers read out a list of demands.",
    ],
    quotes_x: &[
        "These protests show that people are tired of {y_gov}'s policies",
        "The demonstrations are a sign of growing anger that can no longer be hidden",
        "The authorities there are afraid of their own people",
    ],
    quotes_y: &[
        "Everyone has the right to protest peacefully, but we will not allow public order to be disrupted",
        "We hear the concerns of the people and we are working to address them",
        "Some people are trying to exploit the pain of families for political purposes",
        "Those who attacked police officers will be brought to justice",
    ],
    quotes_i: &[
        "The authorities must respect the right to freedom of assembly and refrain from excessive force",
        "We are following the situation closely and urge restraint on all sides",
        "Peaceful protesters must not be arrested for expressing their views",
    ],
    quotes_w: &[
        "We are here because we have nothing left to lose",
        "We want our children back. We want the truth",
        "They keep promising and nothing changes",
        "We are not afraid anymore",
        "I came for my brother, who has been missing for two years",
    ],
};
