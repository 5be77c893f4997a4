//! Probes a few parser functions on a string (a debugging aid).
fn main() {
    let s = std::env::args().nth(1).unwrap_or_default();
    println!("person_line: {:?}", herald::fields::people::person_line(&s));
    println!("name_list: {:?}", herald::fields::people::name_list(&s));
    println!("is_name: {}", herald::fields::people::is_name(&s));
    println!("place_score: {}", herald::fields::place::place_score(&s));
    println!("has_org_word: {}", herald::fields::people::has_org_word(&s));
    println!(
        "position_prefix: {:?}",
        herald::fields::people::position_prefix(&s)
    );
    println!("names_in: {:?}", herald::fields::people::names_in(&s));
    println!("when: {:?}", herald::fields::when::scan(&s));
    let ph: Vec<(&str, u32)> = herald::fields::place::phrases(&s)
        .into_iter()
        .map(|(r, sc)| (&s[r], sc))
        .collect();
    println!(
        "phrases: {ph:?} in_prose: {:?}",
        herald::fields::place::in_prose(&s).map(|r| &s[r])
    );
}
