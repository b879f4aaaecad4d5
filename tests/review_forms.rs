//! A review's rating printed on its own line between the standfirst and
//! the byline ("Rating: 4 out of 5", "Our rating: ★★★★☆") sits where a
//! headline sits, right over the byline. It is no headline: the headline
//! above it heads the review, the sentence between them is its standfirst,
//! and the rating goes to the audit trail with its own reason.

use newsclip::{RemovalReason, parse_all};

/// A restaurant review: kicker, headline, standfirst, rating, byline.
const RESTAURANT: &str = r#"The Valley Courier
News | Region | Sport | Culture | Leisure | Services
Home > Culture > Restaurants
REVIEW
Mill Lane Kitchen, Hebden Bridge: the trout is the star, but bring patience
A new canal-side bistro serves the best smoked trout in the valley. The service needs to find its rhythm.
Rating: 4 out of 5
By Owen Garside
Published 29 November 2025 at 10:00
Reading time: 3 min

Smoked trout with new potatoes and watercress, £16.
Photo: Lena Hart

Mill Lane Kitchen opened in September in the old lock-keeper's cottage by the canal, with a view of the towpath. Behind it are two cooks who met at a hotel in Harrogate.

The menu is short and built on fish from the Dales and vegetables from farms above Heptonstall. We ate on a Saturday night when nearly every table was taken.

The food

The smoked trout is as good as it gets: a crisp skin, moist flesh and potatoes with plenty of butter. The pudding, a chocolate tart, was dry at the edges.

The service

Our main courses took fifty minutes to arrive, and nobody told us why. The staff were friendly but stretched thin.

Mill Lane Kitchen is worth the drive from Halifax for the fish alone. When the kitchen and the dining room find the same pace, it could be one of the best tables in the county.

Share this article
More reviews
The Weavers Arms, Todmorden: a pub that knows what it is
© The Valley Courier 2025
"#;
/// A film review with a blank line around the headline block and stars.
const FILM: &str = r#"The Harbour Times
News | Sport | Culture | Food | Travel
Home > Culture > Film

Tidewater review: a quiet drama about a ferry crew that earns its storm
A first feature shot on the Kent coast follows three deckhands through the last winter of their crossing, and it is gripping.

Our rating: ★★★★☆
By Martha Quill
Published 3 December 2025

There are few films about work as honest as Tidewater. The director spent two winters on the ferries before she wrote a line of the script, and it shows in every scene on the car deck.
The three leads are strangers to the screen, and the film is better for it. They handle ropes and tickets and drunk passengers with the ease of people who have done it for years.
The storm everyone waits for arrives late, and it is shot without music, which makes it far more frightening than a louder film would dare.
If the last ten minutes lean too hard on a speech, the rest of the film has earned a little sentiment.
Tidewater is in cinemas from Friday.

Share: Facebook | X | Email
More reviews
Harbour Lights review: a musical that never leaves port
© The Harbour Times 2025
"#;

#[test]
fn a_rating_over_the_byline_is_no_headline() {
    for (page, title, dek) in [
        (
            RESTAURANT,
            "Mill Lane Kitchen, Hebden Bridge: the trout is the star, but bring patience",
            "A new canal-side bistro serves the best smoked trout in the valley.",
        ),
        (
            FILM,
            "Tidewater review: a quiet drama about a ferry crew that earns its storm",
            "A first feature shot on the Kent coast follows three deckhands",
        ),
    ] {
        let arts = parse_all(page);
        assert_eq!(arts.len(), 1, "{title}: one review, not two stories");
        let a = &arts[0];
        assert_eq!(a.title, title);
        assert!(
            a.subtitle.as_deref().is_some_and(|s| s.starts_with(dek)),
            "{title}: {:?}",
            a.subtitle
        );
        assert_eq!(a.authors.len(), 1, "{title}");
        assert!(a.published.is_some(), "{title}");
        assert!(a.body.len() >= 4, "{title}");
        assert!(
            a.body.iter().all(|b| !b.text.contains("ating")),
            "{title}: the rating stays out of the body"
        );
        let rating = a.removed.iter().find(|r| r.reason == RemovalReason::Rating);
        assert!(
            rating.is_some_and(|r| r.text.contains("Rating:") || r.text.contains('★')),
            "{title}: {:?}",
            a.removed
        );
    }
}
