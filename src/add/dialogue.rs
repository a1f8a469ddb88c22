//! The interactive entry of `kerjasama add`, on a terminal (the prompts go to the terminal the
//! caller gives, normally stderr), in the language of the command.
//!
//! Only what was not given by flags or `--from` is asked, in the order an officer reads it off
//! the document: title, counterpart, category, form, document, the counterpart's type and
//! details, unit, affairs, dates, number, parent, budget flags, value. Enums are choice lists
//! (forms offered by category, party types allowed for the category); known units, affairs and
//! earlier partners are fuzzy lists; dates are `2019-01-15`, `15-01-2019`, `today` or
//! `hari ini`. Choosing an earlier partner or unit takes the defaults from the latest agreement
//! with it. Typing `<` (or Esc on a list) goes back to the previous question. Before anything is
//! written the whole TOML and its findings are shown, with the choice to write, change an answer
//! or cancel.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;

use chrono::NaiveDate;
use dialoguer::console::Term;
use dialoguer::theme::{ColorfulTheme, Theme};
use dialoguer::{Confirm, FuzzySelect, Input, MultiSelect, Select};
use toml::{Table, Value};

use super::Prepared;
use super::input::{self, choice_of, date_of, date_value, str_of};
use crate::config::is_home_party;
use crate::diagnostic::{self, Style};
use crate::i18n::Lang;
use crate::ledger::Ledger;
use crate::model::{Affair, ApbdFunding, Category, Choice, DocumentKind, Form, PartyType, Scope};
use crate::rules::same_text;
use crate::tr;

/// The look of the yes/no questions: dialoguer's colourful theme with its `(y/n)` hint and its
/// `yes`/`no` in the language of the dialogue. The keys stay `y` and `n`.
struct YesNo {
    colors: ColorfulTheme,
    lang: Lang,
}

impl YesNo {
    fn new(lang: Lang) -> Self {
        Self {
            colors: ColorfulTheme::default(),
            lang,
        }
    }

    fn word(&self, yes: bool) -> String {
        if yes {
            tr!(self.lang, "add-yes")
        } else {
            tr!(self.lang, "add-no")
        }
    }
}

impl Theme for YesNo {
    fn format_confirm_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<bool>,
    ) -> fmt::Result {
        let c = &self.colors;
        if !prompt.is_empty() {
            write!(
                f,
                "{} {} ",
                c.prompt_prefix,
                c.prompt_style.apply_to(prompt)
            )?;
        }
        let hint = tr!(self.lang, "add-yes-no-keys");
        write!(f, "{} {}", c.hint_style.apply_to(hint), c.prompt_suffix)?;
        match default {
            Some(d) => write!(f, " {}", c.defaults_style.apply_to(self.word(d))),
            None => Ok(()),
        }
    }

    fn format_confirm_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selection: Option<bool>,
    ) -> fmt::Result {
        let c = &self.colors;
        if !prompt.is_empty() {
            write!(
                f,
                "{} {} ",
                c.success_prefix,
                c.prompt_style.apply_to(prompt)
            )?;
        }
        match selection {
            Some(b) => write!(
                f,
                "{} {}",
                c.success_suffix,
                c.values_style.apply_to(self.word(b))
            ),
            None => write!(f, "{}", c.success_suffix),
        }
    }
}

/// What the ledger already knows, for choice lists and defaults.
#[derive(Debug, Default)]
pub struct Known {
    units: Vec<String>,
    /// Earlier counterparts by name, with the party as last recorded.
    partners: BTreeMap<String, Table>,
    /// Earlier agreements, latest signed last: (unit, counterpart names, category, form,
    /// document, affairs).
    agreements: Vec<Similar>,
    /// Ids that can be parents: (id, category, document, title).
    parents: Vec<(String, Category, DocumentKind, String)>,
}

#[derive(Clone, Debug)]
struct Similar {
    unit: String,
    partners: Vec<String>,
    category: Category,
    form: Form,
    document: DocumentKind,
    affairs: Vec<Affair>,
}

impl Known {
    pub fn of(ledger: &Ledger) -> Self {
        let mut known = Known::default();
        let mut units: BTreeSet<String> = ledger.config.units.iter().flatten().cloned().collect();
        let home = ledger.config.home();
        let mut agreements: Vec<_> = ledger.agreements().map(|(_, a)| a).collect();
        agreements.sort_by_key(|a| (a.signed.as_ref().map(|d| d.value), a.id.value.clone()));
        for a in agreements {
            units.insert(a.unit.value.clone());
            let mut names = Vec::new();
            for p in &a.parties {
                if home.as_ref().is_some_and(|h| is_home_party(&h.code, p)) {
                    continue;
                }
                names.push(p.name.value.clone());
                let mut t = Table::new();
                t.insert("name".into(), Value::String(p.name.value.clone()));
                t.insert("type".into(), Value::String(p.kind.as_str().into()));
                if let Some(v) = &p.legal_entity {
                    t.insert("legal_entity".into(), Value::Boolean(v.value));
                }
                for (k, v) in [("code", &p.code), ("country", &p.country)] {
                    if let Some(v) = v {
                        t.insert(k.into(), Value::String(v.value.clone()));
                    }
                }
                known.partners.insert(p.name.value.clone(), t);
            }
            known.agreements.push(Similar {
                unit: a.unit.value.clone(),
                partners: names,
                category: a.category.value,
                form: a.form.value,
                document: a.document.value,
                affairs: a.affairs.value.clone(),
            });
            known.parents.push((
                a.id.value.clone(),
                a.category.value,
                a.document.value,
                a.title.value.clone(),
            ));
        }
        known.parents.sort();
        known.units = units.into_iter().collect();
        known
    }
}

/// How the dialogue ended.
#[derive(Debug)]
pub enum Outcome {
    /// Write this.
    Write(Prepared),
    /// The user cancelled; nothing is written.
    Cancelled,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Title,
    Partner(usize),
    Category,
    Form,
    Document,
    PartyType(usize),
    PartyDetails(usize),
    More(usize),
    Unit,
    Affairs,
    Scope,
    Signed,
    Number,
    Start,
    End,
    Parent,
    Burdens,
    Apbd,
    Value,
}

impl Step {
    /// What the step asks, in the list of answers that can be changed.
    fn label(self, lang: Lang) -> String {
        match self {
            Step::Title => tr!(lang, "add-step-title"),
            Step::Partner(i) => tr!(lang, "add-step-partner", n = i + 1),
            Step::Category => tr!(lang, "add-step-category"),
            Step::Form => tr!(lang, "add-step-form"),
            Step::Document => tr!(lang, "add-step-document"),
            Step::PartyType(i) => tr!(lang, "add-step-party-type", n = i + 1),
            Step::PartyDetails(i) => tr!(lang, "add-step-party-details", n = i + 1),
            Step::More(_) => tr!(lang, "add-step-more"),
            Step::Unit => tr!(lang, "add-step-unit"),
            Step::Affairs => tr!(lang, "add-step-affairs"),
            Step::Scope => tr!(lang, "add-step-scope"),
            Step::Signed => tr!(lang, "add-step-signed"),
            Step::Number => tr!(lang, "add-step-number"),
            Step::Start => tr!(lang, "add-step-start"),
            Step::End => tr!(lang, "add-step-end"),
            Step::Parent => tr!(lang, "add-step-parent"),
            Step::Burdens => tr!(lang, "add-step-burdens"),
            Step::Apbd => tr!(lang, "add-step-apbd"),
            Step::Value => tr!(lang, "add-step-value"),
        }
    }

    /// The top-level key a step fills (`parties` for the party steps).
    fn key(self) -> &'static str {
        match self {
            Step::Title => "title",
            Step::Partner(_) | Step::PartyType(_) | Step::PartyDetails(_) | Step::More(_) => {
                "parties"
            }
            Step::Category => "category",
            Step::Form => "form",
            Step::Document => "document",
            Step::Unit => "unit",
            Step::Affairs => "affairs",
            Step::Scope => "scope",
            Step::Signed => "signed",
            Step::Number => "number",
            Step::Start => "start",
            Step::End => "end",
            Step::Parent => "parent",
            Step::Burdens => "burdens_region",
            Step::Apbd => "apbd_funding",
            Step::Value => "value_idr",
        }
    }
}

enum Answer {
    Next,
    Back,
}

type Res<T> = dialoguer::Result<T>;

/// The dialogue over one agreement.
#[derive(Debug)]
pub struct Dialogue<'a> {
    term: &'a Term,
    known: &'a Known,
    today: NaiveDate,
    /// The language of the questions and messages.
    lang: Lang,
    /// Keys given before the dialogue: never asked.
    given: HashSet<String>,
    /// The home daerah's party, first among the parties.
    home: Option<Table>,
    /// Counterparts entered here.
    counterparts: Vec<Table>,
    similar: Option<Similar>,
    steps: Vec<Step>,
}

impl<'a> Dialogue<'a> {
    pub fn new(
        term: &'a Term,
        known: &'a Known,
        today: NaiveDate,
        lang: Lang,
        t: &Table,
        home: Option<Table>,
    ) -> Self {
        let mut given: HashSet<String> = t.keys().cloned().collect();
        // The home party alone does not count as parties given.
        let only_home = input::parties(t).len() == 1
            && home
                .as_ref()
                .is_some_and(|h| input::parties(t).first().is_some_and(|p| *p == h));
        if only_home {
            given.remove("parties");
        }
        let steps = vec![
            Step::Title,
            Step::Partner(0),
            Step::Category,
            Step::Form,
            Step::Document,
            Step::PartyType(0),
            Step::PartyDetails(0),
            Step::More(0),
            Step::Unit,
            Step::Affairs,
            Step::Scope,
            Step::Signed,
            Step::Number,
            Step::Start,
            Step::End,
            Step::Parent,
            Step::Burdens,
            Step::Apbd,
            Step::Value,
        ];
        Self {
            term,
            known,
            today,
            lang,
            given,
            home,
            counterparts: Vec::new(),
            similar: None,
            steps,
        }
    }

    /// Asks, shows the result and its findings, and asks whether to write it. `prepare` gives
    /// the agreement its id and checks it.
    pub fn run(
        &mut self,
        t: &mut Table,
        mut prepare: impl FnMut(&mut Table) -> Result<Prepared, String>,
    ) -> Res<Outcome> {
        self.term.write_line(&tr!(self.lang, "add-intro"))?;
        let mut history: Vec<usize> = Vec::new();
        let mut pc = 0;
        loop {
            if pc >= self.steps.len() {
                self.store_parties(t);
                let prepared = match prepare(t) {
                    Ok(p) => p,
                    Err(e) => {
                        self.term
                            .write_line(&tr!(self.lang, "add-cannot-record", error = e))?;
                        return Ok(Outcome::Cancelled);
                    }
                };
                match self.review(&prepared)? {
                    Review::Write => return Ok(Outcome::Write(prepared)),
                    Review::Cancel => return Ok(Outcome::Cancelled),
                    Review::Back => {
                        pc = history.pop().unwrap_or(0);
                        continue;
                    }
                    Review::Change => {
                        let asked: Vec<usize> = {
                            let mut h = history.clone();
                            h.sort_unstable();
                            h.dedup();
                            h
                        };
                        if asked.is_empty() {
                            continue;
                        }
                        let labels: Vec<String> = asked
                            .iter()
                            .map(|&i| self.steps[i].label(self.lang))
                            .collect();
                        let pick = Select::with_theme(&ColorfulTheme::default())
                            .with_prompt(tr!(self.lang, "add-ask-change"))
                            .items(&labels)
                            .default(0)
                            .interact_on_opt(self.term)?;
                        if let Some(i) = pick {
                            let target = asked[i];
                            history.retain(|&h| h < target);
                            pc = target;
                        }
                        continue;
                    }
                }
            }
            let step = self.steps[pc];
            if !self.applies(step, t) {
                pc += 1;
                continue;
            }
            match self.ask(step, t)? {
                Answer::Next => {
                    history.push(pc);
                    pc += 1;
                }
                Answer::Back => {
                    if let Some(prev) = history.pop() {
                        pc = prev;
                    } else {
                        self.term
                            .write_line(&tr!(self.lang, "add-first-question"))?;
                    }
                }
            }
        }
    }

    fn store_parties(&self, t: &mut Table) {
        if self.given.contains("parties") {
            return;
        }
        let parties: Vec<Value> = self
            .home
            .iter()
            .chain(&self.counterparts)
            .cloned()
            .map(Value::Table)
            .collect();
        t.insert("parties".into(), Value::Array(parties));
    }

    fn applies(&self, step: Step, t: &Table) -> bool {
        if self.given.contains(step.key()) {
            return false;
        }
        let category = choice_of::<Category>(t, "category");
        let document = choice_of::<DocumentKind>(t, "document");
        let signed = t.contains_key("signed");
        match step {
            Step::Partner(i) | Step::PartyType(i) | Step::PartyDetails(i) | Step::More(i) => {
                i == 0 || self.counterparts.len() > i
            }
            Step::Scope => category.is_some_and(Category::is_foreign),
            Step::Number | Step::Start => signed,
            Step::Parent => matches!(document, Some(DocumentKind::Pks | DocumentKind::Adendum)),
            Step::Burdens | Step::Apbd => {
                document == Some(DocumentKind::Pks)
                    && matches!(category, Some(Category::Ksdd | Category::Ksdpk))
            }
            _ => true,
        }
    }

    fn ask(&mut self, step: Step, t: &mut Table) -> Res<Answer> {
        let theme = ColorfulTheme::default();
        let lang = self.lang;
        let category = choice_of::<Category>(t, "category");
        match step {
            Step::Title => self.text(t, "title", &tr!(lang, "add-ask-title"), false),
            Step::Partner(i) => self.partner(i),
            Step::Category => {
                let default = category.or(self.similar.as_ref().map(|s| s.category));
                let prompt = tr!(lang, "add-ask-category");
                self.choose::<Category>(t, "category", &prompt, Category::ALL, default)
            }
            Step::Form => {
                let forms = category.map_or(Form::ALL, Category::forms);
                let default = choice_of::<Form>(t, "form")
                    .or(self.similar.as_ref().map(|s| s.form))
                    .filter(|f| forms.contains(f));
                self.choose::<Form>(t, "form", &tr!(lang, "add-ask-form"), forms, default)
            }
            Step::Document => {
                let docs = category.map_or(DocumentKind::ALL, Category::documents);
                let default = choice_of::<DocumentKind>(t, "document")
                    .or(self.similar.as_ref().map(|s| s.document))
                    .filter(|d| docs.contains(d));
                let prompt = tr!(lang, "add-ask-document");
                self.choose::<DocumentKind>(t, "document", &prompt, docs, default)
            }
            Step::PartyType(i) => self.party_type(i, category),
            Step::PartyDetails(i) => self.party_details(i),
            Step::More(i) => {
                let more = Confirm::with_theme(&YesNo::new(lang))
                    .with_prompt(tr!(lang, "add-ask-more-counterparts"))
                    .default(self.counterparts.len() > i + 1)
                    .interact_on_opt(self.term)?;
                match more {
                    None => Ok(Answer::Back),
                    Some(true) => {
                        if self.counterparts.len() <= i + 1 {
                            self.counterparts.push(Table::new());
                        }
                        let at = self
                            .steps
                            .iter()
                            .position(|s| *s == Step::More(i))
                            .map_or(self.steps.len(), |p| p + 1);
                        if !self.steps.contains(&Step::Partner(i + 1)) {
                            self.steps.splice(
                                at..at,
                                [
                                    Step::Partner(i + 1),
                                    Step::PartyType(i + 1),
                                    Step::PartyDetails(i + 1),
                                    Step::More(i + 1),
                                ],
                            );
                        }
                        Ok(Answer::Next)
                    }
                    Some(false) => {
                        self.counterparts.truncate(i + 1);
                        Ok(Answer::Next)
                    }
                }
            }
            Step::Unit => self.unit(t),
            Step::Affairs => self.affairs(t),
            Step::Scope => {
                let chosen = t
                    .get("scope")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(Value::as_str).collect::<Vec<_>>())
                    .unwrap_or_default();
                let defaults: Vec<bool> = Scope::ALL
                    .iter()
                    .map(|s| chosen.contains(&s.as_str()))
                    .collect();
                let picked = MultiSelect::with_theme(&theme)
                    .with_prompt(tr!(lang, "add-ask-scope"))
                    .items(Scope::ALL.iter().map(|s| s.as_str()))
                    .defaults(&defaults)
                    .interact_on_opt(self.term)?;
                match picked {
                    None => Ok(Answer::Back),
                    Some(p) => {
                        let v = p
                            .into_iter()
                            .map(|i| Value::String(Scope::ALL[i].as_str().into()))
                            .collect();
                        t.insert("scope".into(), Value::Array(v));
                        Ok(Answer::Next)
                    }
                }
            }
            Step::Signed => {
                let prompt = tr!(lang, "add-ask-signed");
                self.date(t, "signed", &prompt, None, true)
            }
            Step::Number => self.text(t, "number", &tr!(lang, "add-ask-number"), false),
            Step::Start => {
                let signed = date_of(t, "signed");
                self.date(t, "start", &tr!(lang, "add-ask-start"), signed, false)
            }
            Step::End => {
                let pks = choice_of::<DocumentKind>(t, "document") == Some(DocumentKind::Pks);
                let prompt = if pks {
                    tr!(lang, "add-ask-end")
                } else {
                    tr!(lang, "add-ask-end-optional")
                };
                self.date(t, "end", &prompt, None, !pks)
            }
            Step::Parent => self.parent(t, category),
            Step::Burdens => {
                let current = t.get("burdens_region").and_then(Value::as_bool);
                let v = Confirm::with_theme(&YesNo::new(lang))
                    .with_prompt(tr!(lang, "add-ask-burdens"))
                    .default(current.unwrap_or(false))
                    .interact_on_opt(self.term)?;
                match v {
                    None => Ok(Answer::Back),
                    Some(b) => {
                        t.insert("burdens_region".into(), Value::Boolean(b));
                        Ok(Answer::Next)
                    }
                }
            }
            Step::Apbd => {
                let default = choice_of::<ApbdFunding>(t, "apbd_funding");
                let prompt = tr!(lang, "add-ask-apbd");
                self.choose::<ApbdFunding>(t, "apbd_funding", &prompt, ApbdFunding::ALL, default)
            }
            Step::Value => {
                let current = t
                    .get("value_idr")
                    .and_then(Value::as_integer)
                    .map(|v| v.to_string())
                    .unwrap_or_default();
                let answer = Input::<String>::with_theme(&theme)
                    .with_prompt(tr!(lang, "add-ask-value"))
                    .with_initial_text(current)
                    .allow_empty(true)
                    .validate_with(|s: &String| -> Result<(), String> {
                        if s.trim().is_empty() || s.trim() == "<" {
                            Ok(())
                        } else {
                            input::parse_amount(s, lang).map(|_| ())
                        }
                    })
                    .interact_text_on(self.term)?;
                match answer.trim() {
                    "<" => Ok(Answer::Back),
                    "" => {
                        t.remove("value_idr");
                        Ok(Answer::Next)
                    }
                    s => {
                        let v = input::parse_amount(s, lang).unwrap_or_default();
                        t.insert("value_idr".into(), Value::Integer(v));
                        Ok(Answer::Next)
                    }
                }
            }
        }
    }

    /// A free-text answer; `<` goes back.
    fn text(&self, t: &mut Table, key: &str, prompt: &str, optional: bool) -> Res<Answer> {
        let current = str_of(t, key).unwrap_or_default().to_owned();
        let lang = self.lang;
        let answer = Input::<String>::with_theme(&ColorfulTheme::default())
            .with_prompt(prompt)
            .with_initial_text(current)
            .allow_empty(optional)
            .validate_with(|s: &String| -> Result<(), String> {
                if key == "title" && s.trim() != "<" && s.trim().chars().count() > 300 {
                    Err(tr!(lang, "add-title-too-long", max = 300))
                } else {
                    Ok(())
                }
            })
            .interact_text_on(self.term)?;
        let answer = answer.trim();
        if answer == "<" {
            return Ok(Answer::Back);
        }
        if answer.is_empty() {
            t.remove(key);
        } else {
            t.insert(key.into(), Value::String(answer.into()));
        }
        Ok(Answer::Next)
    }

    /// A date; empty is allowed when `optional`.
    fn date(
        &self,
        t: &mut Table,
        key: &str,
        prompt: &str,
        fallback: Option<NaiveDate>,
        optional: bool,
    ) -> Res<Answer> {
        let current = date_of(t, key).or(fallback).map(|d| d.to_string());
        let (today, lang) = (self.today, self.lang);
        let answer = Input::<String>::with_theme(&ColorfulTheme::default())
            .with_prompt(tr!(lang, "add-ask-date", prompt = prompt))
            .with_initial_text(current.unwrap_or_default())
            .allow_empty(optional)
            .validate_with(move |s: &String| -> Result<(), String> {
                let s = s.trim();
                if s.is_empty() || s == "<" {
                    Ok(())
                } else {
                    input::parse_date(s, today, lang).map(|_| ())
                }
            })
            .interact_text_on(self.term)?;
        match answer.trim() {
            "<" => Ok(Answer::Back),
            "" => {
                t.remove(key);
                Ok(Answer::Next)
            }
            s => {
                if let Ok(d) = input::parse_date(s, today, lang) {
                    t.insert(key.into(), date_value(d));
                }
                Ok(Answer::Next)
            }
        }
    }

    fn choose<E: Choice>(
        &self,
        t: &mut Table,
        key: &str,
        prompt: &str,
        values: &[E],
        default: Option<E>,
    ) -> Res<Answer> {
        let default = default
            .and_then(|d| values.iter().position(|v| v.as_str() == d.as_str()))
            .unwrap_or(0);
        let pick = Select::with_theme(&ColorfulTheme::default())
            .with_prompt(prompt)
            .items(values.iter().map(|v| v.as_str()))
            .default(default)
            .interact_on_opt(self.term)?;
        match pick {
            None => Ok(Answer::Back),
            Some(i) => {
                t.insert(key.into(), Value::String(values[i].as_str().into()));
                Ok(Answer::Next)
            }
        }
    }

    fn partner(&mut self, i: usize) -> Res<Answer> {
        while self.counterparts.len() <= i {
            self.counterparts.push(Table::new());
        }
        let lang = self.lang;
        let current = str_of(&self.counterparts[i], "name").map(str::to_owned);
        let new = tr!(lang, "add-new-partner");
        let mut items: Vec<&str> = vec![&new];
        items.extend(self.known.partners.keys().map(String::as_str));
        let name = if items.len() > 1 {
            let default = current
                .as_deref()
                .and_then(|c| items.iter().position(|n| *n == c))
                .unwrap_or(0);
            let pick = FuzzySelect::with_theme(&ColorfulTheme::default())
                .with_prompt(tr!(lang, "add-ask-partner", n = i + 1))
                .items(&items)
                .default(default)
                .max_length(8)
                .interact_on_opt(self.term)?;
            match pick {
                None => return Ok(Answer::Back),
                Some(0) => None,
                Some(k) => Some(items[k].to_owned()),
            }
        } else {
            None
        };
        let name = match name {
            Some(n) => n,
            None => {
                let answer = Input::<String>::with_theme(&ColorfulTheme::default())
                    .with_prompt(tr!(lang, "add-ask-partner-name", n = i + 1))
                    .with_initial_text(current.unwrap_or_default())
                    .interact_text_on(self.term)?;
                let answer = answer.trim().to_owned();
                if answer == "<" {
                    return Ok(Answer::Back);
                }
                answer
            }
        };
        let party = match self.known.partners.get(&name) {
            Some(p) => p.clone(),
            None => {
                let mut p = Table::new();
                p.insert("name".into(), Value::String(name.clone()));
                p
            }
        };
        self.counterparts[i] = party;
        if i == 0 {
            self.similar = self
                .known
                .agreements
                .iter()
                .rev()
                .find(|a| a.partners.iter().any(|p| same_text(p, &name)))
                .cloned();
        }
        Ok(Answer::Next)
    }

    fn party_type(&mut self, i: usize, category: Option<Category>) -> Res<Answer> {
        let allowed: Vec<PartyType> = PartyType::ALL
            .iter()
            .copied()
            .filter(|k| match category {
                Some(Category::Ksdd) => k.is_daerah(),
                Some(Category::Ksdpk) => k.is_third_party(),
                Some(Category::Ksdpl) => *k == PartyType::PemerintahDaerahLuarNegeri,
                Some(Category::Ksdll) => *k == PartyType::LembagaLuarNegeri,
                Some(Category::Sinergi) => k.is_central() || k.is_third_party(),
                None => true,
            })
            .collect();
        let lang = self.lang;
        let party = &mut self.counterparts[i];
        let default = choice_of::<PartyType>(party, "type");
        let name =
            str_of(party, "name").map_or_else(|| tr!(lang, "add-the-counterpart"), str::to_owned);
        let default = default
            .and_then(|d| allowed.iter().position(|a| *a == d))
            .unwrap_or(0);
        let pick = Select::with_theme(&ColorfulTheme::default())
            .with_prompt(tr!(lang, "add-ask-party-type", name = name))
            .items(allowed.iter().map(|k| k.as_str()))
            .default(default)
            .interact_on_opt(self.term)?;
        match pick {
            None => Ok(Answer::Back),
            Some(k) => {
                party.insert("type".into(), Value::String(allowed[k].as_str().into()));
                Ok(Answer::Next)
            }
        }
    }

    fn party_details(&mut self, i: usize) -> Res<Answer> {
        let theme = ColorfulTheme::default();
        let (term, lang) = (self.term, self.lang);
        let party = &mut self.counterparts[i];
        let Some(kind) = choice_of::<PartyType>(party, "type") else {
            return Ok(Answer::Next);
        };
        let name =
            str_of(party, "name").map_or_else(|| tr!(lang, "add-the-counterpart"), str::to_owned);
        if matches!(kind, PartyType::BadanUsaha | PartyType::Ormas) {
            let current = party.get("legal_entity").and_then(Value::as_bool);
            let v = Confirm::with_theme(&YesNo::new(lang))
                .with_prompt(tr!(lang, "add-ask-legal-entity", name = name))
                .default(current.unwrap_or(true))
                .interact_on_opt(term)?;
            match v {
                None => return Ok(Answer::Back),
                Some(b) => {
                    party.insert("legal_entity".into(), Value::Boolean(b));
                }
            }
        } else {
            party.remove("legal_entity");
        }
        let (key, prompt) = if kind.is_daerah() {
            ("code", tr!(lang, "add-ask-region-code", name = name))
        } else if kind.is_foreign() {
            ("country", tr!(lang, "add-ask-country", name = name))
        } else {
            party.remove("code");
            party.remove("country");
            return Ok(Answer::Next);
        };
        let current = str_of(party, key).unwrap_or_default().to_owned();
        let answer = Input::<String>::with_theme(&theme)
            .with_prompt(prompt)
            .with_initial_text(current)
            .interact_text_on(term)?;
        let answer = answer.trim();
        if answer == "<" {
            return Ok(Answer::Back);
        }
        let value = if key == "country" {
            answer.to_ascii_uppercase()
        } else {
            answer.to_owned()
        };
        party.insert(key.into(), Value::String(value));
        Ok(Answer::Next)
    }

    fn unit(&mut self, t: &mut Table) -> Res<Answer> {
        let current = str_of(t, "unit")
            .map(str::to_owned)
            .or_else(|| self.similar.as_ref().map(|s| s.unit.clone()));
        let lang = self.lang;
        let other = tr!(lang, "add-other-unit");
        let mut items: Vec<&str> = self.known.units.iter().map(String::as_str).collect();
        items.push(&other);
        // The last item is "another unit", whatever the names of the units.
        let other_at = items.len() - 1;
        let default = current
            .as_deref()
            .and_then(|c| items.iter().position(|u| *u == c))
            .unwrap_or(0);
        let pick = FuzzySelect::with_theme(&ColorfulTheme::default())
            .with_prompt(tr!(lang, "add-ask-unit"))
            .items(&items)
            .default(default)
            .max_length(8)
            .interact_on_opt(self.term)?;
        let unit = match pick {
            None => return Ok(Answer::Back),
            Some(k) if k != other_at => items[k].to_owned(),
            Some(_) => {
                let answer = Input::<String>::with_theme(&ColorfulTheme::default())
                    .with_prompt(tr!(lang, "add-ask-unit-name"))
                    .interact_text_on(self.term)?;
                let answer = answer.trim().to_owned();
                if answer == "<" {
                    return Ok(Answer::Back);
                }
                answer
            }
        };
        if self.similar.is_none() {
            self.similar = self
                .known
                .agreements
                .iter()
                .rev()
                .find(|a| same_text(&a.unit, &unit))
                .cloned();
        }
        t.insert("unit".into(), Value::String(unit));
        Ok(Answer::Next)
    }

    /// Affairs one at a time from a fuzzy list (the earlier agreement's offered first), then
    /// "another affair?".
    fn affairs(&mut self, t: &mut Table) -> Res<Answer> {
        let earlier: Vec<String> = match t.get("affairs").and_then(Value::as_array) {
            Some(a) => a
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect(),
            None => self
                .similar
                .iter()
                .flat_map(|s| s.affairs.iter().map(|a| a.as_str().to_owned()))
                .collect(),
        };
        let lang = self.lang;
        let keep = tr!(lang, "add-affairs-as-before", affairs = earlier.join(", "));
        let mut chosen: Vec<&'static str> = Vec::new();
        loop {
            let offered: Vec<&str> = Affair::ALL
                .iter()
                .map(|a| a.as_str())
                .filter(|a| !chosen.contains(a))
                .collect();
            let mut items: Vec<&str> = Vec::new();
            if chosen.is_empty() && !earlier.is_empty() {
                items.push(&keep);
            }
            items.extend(&offered);
            let prompt = if chosen.is_empty() {
                tr!(lang, "add-ask-affair")
            } else {
                tr!(lang, "add-ask-affair-besides", affairs = chosen.join(", "))
            };
            let pick = FuzzySelect::with_theme(&ColorfulTheme::default())
                .with_prompt(prompt)
                .items(&items)
                .default(0)
                .max_length(8)
                .interact_on_opt(self.term)?;
            let Some(k) = pick else {
                if chosen.is_empty() {
                    return Ok(Answer::Back);
                }
                chosen.pop();
                continue;
            };
            if chosen.is_empty() && !earlier.is_empty() && k == 0 {
                let v = earlier.iter().map(|a| Value::String(a.clone())).collect();
                t.insert("affairs".into(), Value::Array(v));
                return Ok(Answer::Next);
            }
            if let Some(a) = Affair::ALL.iter().find(|a| a.as_str() == items[k]) {
                chosen.push(a.as_str());
            }
            let more = Confirm::with_theme(&YesNo::new(lang))
                .with_prompt(tr!(lang, "add-ask-another-affair"))
                .default(false)
                .interact_on_opt(self.term)?;
            if more != Some(true) {
                let v = chosen.iter().map(|a| Value::String((*a).into())).collect();
                t.insert("affairs".into(), Value::Array(v));
                return Ok(Answer::Next);
            }
        }
    }

    fn parent(&mut self, t: &mut Table, category: Option<Category>) -> Res<Answer> {
        let document = choice_of::<DocumentKind>(t, "document");
        let wanted = |c: Category, d: DocumentKind| {
            category.is_none_or(|k| k == c)
                && match document {
                    Some(DocumentKind::Pks) => matches!(d, DocumentKind::Ksb | DocumentKind::Nk),
                    _ => d != DocumentKind::Adendum,
                }
        };
        let candidates: Vec<&(String, Category, DocumentKind, String)> = self
            .known
            .parents
            .iter()
            .filter(|(_, c, d, _)| wanted(*c, *d))
            .collect();
        let lang = self.lang;
        let mut items: Vec<String> = vec![tr!(lang, "add-no-parent")];
        items.extend(candidates.iter().map(|(id, _, d, title)| {
            let title: String = title.chars().take(60).collect();
            format!("{id}  {d}  {title}")
        }));
        let current = str_of(t, "parent");
        let default = current
            .and_then(|c| candidates.iter().position(|(id, ..)| id == c))
            .map_or(0, |p| p + 1);
        let prompt = if document == Some(DocumentKind::Adendum) {
            tr!(lang, "add-ask-parent-addendum")
        } else {
            tr!(lang, "add-ask-parent-pks")
        };
        let pick = FuzzySelect::with_theme(&ColorfulTheme::default())
            .with_prompt(prompt)
            .items(&items)
            .default(default)
            .max_length(8)
            .interact_on_opt(self.term)?;
        match pick {
            None => Ok(Answer::Back),
            Some(0) => {
                t.remove("parent");
                Ok(Answer::Next)
            }
            Some(k) => {
                t.insert("parent".into(), Value::String(candidates[k - 1].0.clone()));
                Ok(Answer::Next)
            }
        }
    }

    fn review(&self, p: &Prepared) -> Res<Review> {
        let (term, lang) = (self.term, self.lang);
        term.write_line("")?;
        term.write_line(&format!("── {} ──", p.path))?;
        for line in p.text.lines() {
            term.write_line(line)?;
        }
        term.write_line("")?;
        let errors = p.errors();
        if p.findings.is_empty() {
            term.write_line(&tr!(lang, "add-no-findings"))?;
        } else {
            let text = diagnostic::render_human(&p.findings, Style { color: false }, self.lang);
            for line in text.lines() {
                term.write_line(line)?;
            }
        }
        let mut items = Vec::new();
        if errors == 0 {
            items.push((tr!(lang, "add-review-write"), Review::Write));
        }
        items.push((tr!(lang, "add-review-change"), Review::Change));
        items.push((tr!(lang, "add-review-cancel"), Review::Cancel));
        let prompt = if errors == 0 {
            tr!(lang, "add-ask-record", id = p.id, path = p.path)
        } else {
            tr!(lang, "add-review-errors", errors = errors)
        };
        let pick = Select::with_theme(&ColorfulTheme::default())
            .with_prompt(prompt)
            .items(items.iter().map(|(l, _)| l))
            .default(0)
            .interact_on_opt(term)?;
        Ok(match pick {
            None => Review::Back,
            Some(i) => items[i].1,
        })
    }
}

#[derive(Clone, Copy, Debug)]
enum Review {
    Write,
    Change,
    Cancel,
    Back,
}
