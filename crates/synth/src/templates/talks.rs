//! Templates for ceasefire and peace talks between `x` and `y`.

use super::TopicTemplates;

/// Talks templates.
pub static TEMPLATES: TopicTemplates = TopicTemplates {
    headlines: &[
        "{x_adj} and {y_adj} negotiators meet in {venue} as pressure for a ceasefire grows",
        "Ceasefire talks resume in {venue} with {mediator} mediating",
        "{mediator} hosts new round of talks on {war}",
        "Talks in {venue} end without breakthrough, {mediator} says",
        "{x_gov} says progress made at {venue} talks, {y_gov} cautious",
        "Hopes rise for {deal} after talks in {venue}",
        "Negotiators in {venue} discuss {issue} as fighting continues",
    ],
    leads: &[
        "Negotiators from {x_gov} and {y_gov} met in {venue} {day} for a new round of talks brokered by {mediator}, officials said, amid mounting international pressure to end {war}.",
        "{mediator} said {day} that talks between {x_gov} and {y_gov} in {venue} had made \"significant progress\" towards {deal}, though key differences remained.",
        "Talks aimed at ending {war} resumed in {venue} {day}, with {mediator} pressing both sides to agree to {deal}.",
        "A new round of talks in {venue} ended {day} without agreement on {deal}, but both delegations said they would return {next_time}.",
        "Delegations from {x_gov} and {y_gov} [began|opened] [two|three] days of talks in {venue} {day}, the first direct contact between the two sides in [weeks|months].",
    ],
    details: &[
        "The talks focused on {issue}, according to a diplomat briefed on the discussions.",
        "A draft seen by {outlet} would provide for a [30|45|60|90]-day ceasefire, the release of detainees and the opening of humanitarian corridors.",
        "The {x_adj} delegation was led by {px}, while the {y_adj} team was headed by {py}.",
        "Previous rounds of talks produced limited agreements but failed to secure a lasting truce.",
        "Diplomats said the two sides remained far apart on {issue}.",
        "{mediator} has offered to host further talks {next_time}.",
        "The meeting lasted about {hours} hours, according to the hosts.",
        "Neither side commented publicly on the details of the discussions.",
        "Fighting continued as the talks took place, with {y_adj} officials reporting {n} attacks near {city}.",
        "Observers said any agreement would need strong guarantees to survive, given the collapse of earlier truces.",
        "Working groups are expected to meet {next_time} to discuss {issue}.",
        "Officials said a joint statement was being drafted but had not been finalised.",
        "{x_gov} insisted that any deal address {issue} first.",
        "The two delegations did not meet face to face, with mediators shuttling between rooms.",
    ],
    quotes_x: &[
        "We came to {venue} in good faith, but any agreement must take into account the realities on the ground",
        "We are ready for a ceasefire, but not at any price",
        "The ball is now in {y_gov}'s court",
        "There were difficult moments, but the atmosphere was constructive",
        "We will not negotiate under pressure",
    ],
    quotes_y: &[
        "We will not accept any deal that rewards aggression",
        "Our priority is the return of our people and a complete halt to the attacks",
        "We want peace, but a real peace, not a pause that allows the enemy to regroup",
        "The talks were serious. Now we need to see whether words turn into action",
        "We have put concrete proposals on the table",
    ],
    quotes_i: &[
        "Both delegations engaged constructively and agreed to continue the dialogue",
        "There is a window of opportunity that must not be missed",
        "We urge the parties to show flexibility and to put the interests of civilians first",
        "Progress has been made, but much work remains to be done",
        "A ceasefire is within reach if both sides show the necessary political will",
    ],
    quotes_w: &[
        "We have heard about talks so many times. I will believe it when the shelling stops",
        "Every day without a ceasefire means more funerals",
        "We just want to go home",
        "I pray that this time the politicians will reach an agreement",
        "Nobody asks us what we want. We want the killing to end",
    ],
};
