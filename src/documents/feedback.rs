//! The feedback letter to a State: every problem found in its replies, cell by cell, with how to
//! fix it, in the State's language where the questionnaire has it.

use serde::Serialize;

use super::Inputs;
use crate::model::submission::Status;
use crate::model::{Diagnostic, State};

/// The fixed text of the letter in one language.
struct Words {
    office: &'static str,
    to: &'static str,
    subject: &'static str,
    with_problems: &'static str,
    no_problems: &'static str,
    no_reply: &'static str,
    columns: [&'static str; 4],
    file: &'static str,
    closing: &'static str,
}

fn words(lang: &str) -> Words {
    match lang {
        "fr" => Words {
            office: "Office des Nations Unies contre la drogue et le crime",
            to: "Destinataire : Mission permanente — {state}",
            subject: "Objet : vos réponses aux questionnaires sur l'application",
            with_problems: "Le secrétariat remercie {state} de ses réponses. En les vérifiant, il a relevé les points ci-dessous, qui empêchent de prendre en compte certaines réponses. Le secrétariat serait reconnaissant de recevoir des réponses corrigées d'ici au {deadline}.",
            no_problems: "Le secrétariat remercie {state} de ses réponses, qui ont été reçues et vérifiées. Aucune correction n'est nécessaire.",
            no_reply: "Le secrétariat n'a pas encore reçu les réponses de {state} aux questionnaires. Il lui serait reconnaissant de les lui faire parvenir d'ici au {deadline}.",
            columns: ["Emplacement", "Question", "Problème", "Comment corriger"],
            file: "Fichier",
            closing: "Le secrétariat reste à votre disposition pour toute assistance.",
        },
        "es" => Words {
            office: "Oficina de las Naciones Unidas contra la Droga y el Delito",
            to: "Destinatario: Misión Permanente — {state}",
            subject: "Asunto: sus respuestas a los cuestionarios sobre la aplicación",
            with_problems: "La secretaría agradece a {state} sus respuestas. Al examinarlas, observó los puntos que se indican a continuación, que impiden tener en cuenta algunas respuestas. La secretaría agradecería recibir las respuestas corregidas a más tardar el {deadline}.",
            no_problems: "La secretaría agradece a {state} sus respuestas, que se han recibido y examinado. No es necesaria ninguna corrección.",
            no_reply: "La secretaría aún no ha recibido las respuestas de {state} a los cuestionarios. Agradecería recibirlas a más tardar el {deadline}.",
            columns: ["Ubicación", "Pregunta", "Problema", "Cómo corregirlo"],
            file: "Archivo",
            closing: "La secretaría queda a su disposición para cualquier asistencia.",
        },
        "ru" => Words {
            office: "Управление Организации Объединенных Наций по наркотикам и преступности",
            to: "Кому: Постоянное представительство — {state}",
            subject: "Тема: ваши ответы на вопросники об осуществлении",
            with_problems: "Секретариат благодарит {state} за представленные ответы. При их проверке были выявлены указанные ниже моменты, из-за которых некоторые ответы не могут быть учтены. Секретариат был бы признателен за представление исправленных ответов до {deadline}.",
            no_problems: "Секретариат благодарит {state} за ответы, которые были получены и проверены. Исправлений не требуется.",
            no_reply: "Секретариат еще не получил ответов {state} на вопросники. Он был бы признателен за их представление до {deadline}.",
            columns: ["Место", "Вопрос", "Проблема", "Как исправить"],
            file: "Файл",
            closing: "Секретариат готов оказать любую необходимую помощь.",
        },
        "zh" => Words {
            office: "联合国毒品和犯罪问题办公室",
            to: "致：{state}常驻代表团",
            subject: "事由：贵国对实施情况调查问卷的答复",
            with_problems: "秘书处感谢{state}提交的答复。秘书处在核对时发现了以下问题，致使部分答复无法计入。如能在{deadline}之前提交更正后的答复，秘书处将不胜感激。",
            no_problems: "秘书处感谢{state}提交的答复，答复已收到并经核对，无需更正。",
            no_reply: "秘书处尚未收到{state}对调查问卷的答复，如能在{deadline}之前提交，秘书处将不胜感激。",
            columns: ["位置", "题目", "错误", "更正方法"],
            file: "文件",
            closing: "秘书处随时准备提供协助。",
        },
        "ar" => Words {
            office: "مكتب الأمم المتحدة المعني بالمخدرات والجريمة",
            to: "إلى: البعثة الدائمة — {state}",
            subject: "الموضوع: ردودكم على الاستبيانات المتعلقة بالتنفيذ",
            with_problems: "تشكر الأمانة {state} على ردودها. وقد تبيّن لها عند مراجعتها وجود المسائل المبيّنة أدناه، التي تحول دون احتساب بعض الإجابات. وستكون الأمانة ممتنة لو أُرسلت الردود المصحّحة في موعد أقصاه {deadline}.",
            no_problems: "تشكر الأمانة {state} على ردودها التي وردت وتمت مراجعتها. ولا يلزم إجراء أي تصحيح.",
            no_reply: "لم تتلق الأمانة بعدُ ردود {state} على الاستبيانات. وستكون ممتنة لو أُرسلت إليها في موعد أقصاه {deadline}.",
            columns: ["الموضع", "السؤال", "المشكلة", "طريقة التصحيح"],
            file: "الملف",
            closing: "وتظل الأمانة على استعداد لتقديم أي مساعدة.",
        },
        _ => Words {
            office: "United Nations Office on Drugs and Crime",
            to: "To: the Permanent Mission of {state}",
            subject: "Subject: your replies to the implementation questionnaires",
            with_problems: "The secretariat thanks {state} for its replies. In checking them, it found the points listed below, which prevent some answers from being counted. The secretariat would be grateful to receive corrected replies by {deadline}.",
            no_problems: "The secretariat thanks {state} for its replies, which have been received and checked. No correction is needed.",
            no_reply: "The secretariat has not yet received replies from {state} to the questionnaires. It would be grateful to receive them by {deadline}.",
            columns: ["Place", "Question", "Problem", "How to fix"],
            file: "File",
            closing: "The secretariat remains available for any assistance.",
        },
    }
}

/// The common problems, worded in the letter's language: (problem, fix).
struct Phrases {
    required: (&'static str, &'static str),
    not_relevant: &'static str,
    not_accepted: &'static str,
    not_a_choice: (&'static str, &'static str),
    not_a_number: (&'static str, &'static str),
}

fn phrases(lang: &str) -> Phrases {
    match lang {
        "fr" => Phrases {
            required: ("Cette question obligatoire n'a pas de réponse.", "Veuillez y répondre ; si l'information n'est pas disponible, veuillez l'indiquer dans la réponse."),
            not_relevant: "La question ne s'applique pas à votre réponse ; la réponse est conservée.",
            not_accepted: "La réponse {v} n'est pas acceptée.",
            not_a_choice: ("{v} ne fait pas partie des choix proposés.", "Choisissez parmi : {choices}."),
            not_a_number: ("{v} n'est pas un nombre.", "Indiquez le nombre en chiffres, par exemple 12."),
        },
        "es" => Phrases {
            required: ("Esta pregunta obligatoria no tiene respuesta.", "Sírvase responderla; si la información no está disponible, indíquelo en la respuesta."),
            not_relevant: "La pregunta no se aplica a su respuesta; la respuesta se conserva.",
            not_accepted: "La respuesta {v} no se acepta.",
            not_a_choice: ("{v} no es una de las opciones.", "Elija entre: {choices}."),
            not_a_number: ("{v} no es un número.", "Escriba el número en cifras, por ejemplo 12."),
        },
        "ru" => Phrases {
            required: ("На этот обязательный вопрос нет ответа.", "Просьба ответить на него; если информация отсутствует, укажите это в ответе."),
            not_relevant: "Этот вопрос не относится к вашему ответу; ответ сохранен.",
            not_accepted: "Ответ {v} не принимается.",
            not_a_choice: ("{v} не является одним из вариантов ответа.", "Выберите один из вариантов: {choices}."),
            not_a_number: ("{v} не является числом.", "Укажите число цифрами, например 12."),
        },
        "zh" => Phrases {
            required: ("此必答问题未作答。", "请作答；如无相关信息，请在答复中说明。"),
            not_relevant: "此问题不适用于贵国的答复；答复予以保留。",
            not_accepted: "答复{v}不被接受。",
            not_a_choice: ("{v}不是可选答案之一。", "请从以下选项中选择：{choices}。"),
            not_a_number: ("{v}不是数字。", "请用数字填写，例如12。"),
        },
        "ar" => Phrases {
            required: ("لم تُقدَّم إجابة عن هذا السؤال المطلوب.", "يرجى الإجابة عنه؛ وإذا لم تكن المعلومات متاحة، يرجى ذكر ذلك في الإجابة."),
            not_relevant: "لا ينطبق السؤال على ردكم؛ وقد احتُفظ بالإجابة.",
            not_accepted: "الإجابة {v} غير مقبولة.",
            not_a_choice: ("{v} ليس من الخيارات المتاحة.", "يرجى الاختيار من بين: {choices}."),
            not_a_number: ("{v} ليس عددا.", "يرجى كتابة العدد بالأرقام، مثل 12."),
        },
        _ => Phrases {
            required: ("This required question is not answered.", "Please answer it; if the information is not available, say so in the answer."),
            not_relevant: "The question does not apply to your reply; the answer is kept.",
            not_accepted: "The answer {v} is not accepted.",
            not_a_choice: ("{v} is not one of the choices.", "Choose one of: {choices}."),
            not_a_number: ("{v} is not a number.", "Write the number in figures, for example 12."),
        },
    }
}

/// The problem and its fix in the letter's language, for the problems palermo can word there;
/// `None` for the others, which keep the English diagnostic.
fn localized(d: &Diagnostic, form: &crate::model::questionnaire::Questionnaire, lang: &str) -> Option<(String, String)> {
    use crate::expr::words::{describe, Role};
    let question = form.question(d.question.as_deref()?)?;
    let p = phrases(lang);
    let quoted = |v: &str| match lang {
        "fr" => format!("« {v} »"),
        "es" | "ru" | "ar" => format!("«{v}»"),
        "zh" => format!("“{v}”"),
        _ => format!("\"{v}\""),
    };
    let value = quoted(d.value.as_deref().unwrap_or(""));
    Some(match d.code? {
        "required" => {
            let fix = question.required_message.0.get(lang).cloned().unwrap_or_else(|| p.required.1.to_string());
            (p.required.0.to_string(), fix)
        }
        "not_relevant" => (p.not_relevant.to_string(), describe(&question.relevant.as_ref()?.expr, Role::Relevant, lang, form)),
        "constraint" => {
            let problem = question.constraint_message.0.get(lang).cloned().unwrap_or_else(|| p.not_accepted.replace("{v}", &value));
            (problem, describe(&question.constraint.as_ref()?.expr, Role::Constraint, lang, form))
        }
        "not_a_choice" => {
            let list = form.choices.get(question.kind.list()?)?;
            let choices: Vec<&str> = list.iter().filter_map(|c| c.label.get(lang, &form.default_language)).collect();
            (p.not_a_choice.0.replace("{v}", &value), p.not_a_choice.1.replace("{choices}", &choices.join(", ")))
        }
        "not_a_number" => (p.not_a_number.0.replace("{v}", &value), p.not_a_number.1.to_string()),
        _ => return None,
    })
}

#[derive(Debug, Serialize)]
pub struct Problem {
    pub severity: &'static str,
    pub place: String,
    pub question: String,
    pub problem: String,
    pub fix: String,
}

#[derive(Debug, Serialize)]
pub struct FormProblems {
    pub title: String,
    pub files: Vec<String>,
    pub problems: Vec<Problem>,
}

#[derive(Debug, Serialize)]
pub struct Letter {
    pub lang: String,
    pub dir: &'static str,
    pub united_nations: &'static str,
    pub office: &'static str,
    pub body_name: String,
    pub reference: String,
    pub date: String,
    pub iso_date: String,
    pub to: String,
    pub subject: &'static str,
    pub intro: String,
    pub columns: [&'static str; 4],
    pub file_word: &'static str,
    pub forms: Vec<FormProblems>,
    pub closing: &'static str,
    pub title: String,
}

/// The letter to `state`, in its language.
pub fn letter(inputs: &Inputs, state: &State, extra: &[Diagnostic]) -> Letter {
    let lang = state.language.as_str();
    let w = words(lang);
    let conference = &inputs.conference;
    let letter_date = conference.reporting.as_at;
    let deadline = conference.conference.opens.add_days(-30);
    let date_lang = if matches!(lang, "fr" | "es" | "ru" | "zh") { lang } else { "en" };
    let name = state.name(lang).to_string();
    let mut forms = Vec::new();
    let mut replied = false;
    for form in &inputs.questionnaires {
        let outcomes: Vec<_> = inputs.outcomes.iter().filter(|o| o.form_id == form.form_id && o.state.as_deref() == Some(state.iso3.as_str())).collect();
        replied |= !outcomes.is_empty();
        let mut files: Vec<String> = outcomes.iter().map(|o| o.place.file.rsplit('/').next().unwrap_or(&o.place.file).to_string()).collect();
        files.dedup();
        let form_lang = if form.languages.iter().any(|l| l == lang) { lang } else { form.default_language.as_str() };
        let mut problems = Vec::new();
        let diagnostics = outcomes.iter().filter(|o| o.status != Status::Superseded).flat_map(|o| o.diagnostics.iter());
        let file_level = extra.iter().filter(|d| d.file.contains(&format!("/{}/", form.form_id)));
        for d in diagnostics.chain(file_level) {
            let question = d.question.as_deref().and_then(|q| form.question(q)).map_or(String::new(), |q| {
                let label = q.label.get(form_lang, &form.default_language).unwrap_or(&q.name);
                format!("{}. {label}", q.number.as_deref().unwrap_or("?"))
            });
            // The question is shown in its own column; keep only the problem itself.
            let (problem, fix) = localized(d, form, lang).unwrap_or_else(|| {
                let problem = match d.message.strip_prefix("question ").and_then(|rest| rest.split_once(") ")) {
                    Some((_, rest)) => rest.trim_start_matches(": ").to_string(),
                    None => d.message.clone(),
                };
                (problem, d.hint.clone().unwrap_or_default())
            });
            let file = d.file.rsplit('/').next().unwrap_or(&d.file);
            let place = match (&d.sheet, &d.cell, d.row) {
                (Some(sheet), Some(cell), _) if !sheet.is_empty() => format!("{file}, {sheet}!{cell}"),
                (_, Some(cell), _) => format!("{file}, {cell}"),
                (_, None, Some(row)) => format!("{file}, {row}"),
                _ => file.to_string(),
            };
            if problems.iter().any(|p: &Problem| p.place == place && p.problem == problem) {
                continue;
            }
            problems.push(Problem {
                severity: if d.is_error() { "error" } else { "warning" },
                place,
                question,
                problem,
                fix,
            });
        }
        if !problems.is_empty() || !outcomes.is_empty() {
            forms.push(FormProblems { title: form.title.get(form_lang, &form.default_language).unwrap_or(&form.form_id).to_string(), files, problems });
        }
    }
    let any_problem = forms.iter().any(|f| !f.problems.is_empty());
    forms.retain(|f| !f.problems.is_empty());
    let template = if !replied && !any_problem { w.no_reply } else if any_problem { w.with_problems } else { w.no_problems };
    let intro = template.replace("{state}", &name).replace("{deadline}", &deadline.long(date_lang));
    Letter {
        lang: lang.to_string(),
        dir: if lang == "ar" { "rtl" } else { "ltr" },
        united_nations: crate::locale::united_nations(lang),
        office: w.office,
        body_name: conference.conference.body.get(lang).to_string(),
        reference: format!("{}/{}", conference.conference.symbol_prefix, state.iso3),
        date: letter_date.long(date_lang),
        iso_date: letter_date.to_string(),
        to: w.to.replace("{state}", &name),
        subject: w.subject,
        intro,
        columns: w.columns,
        file_word: w.file,
        forms,
        closing: w.closing,
        title: format!("{} — {}", w.subject, name),
    }
}
