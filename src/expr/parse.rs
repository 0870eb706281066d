//! Lexer and recursive-descent parser for XLSForm expressions, with errors that point at the
//! column in the expression where the problem is.

use super::ast::{BinOp, Expr, Node, Span};
use super::functions;

/// A mistake in an expression: the message, the 1-based column, and a hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub message: String,
    /// 1-based character column in the expression.
    pub column: usize,
    pub hint: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ref(String),
    Dot,
    Num(f64),
    Str(String),
    Name(String),
    Op(&'static str),
    LParen,
    RParen,
    Comma,
    End,
}

struct Lexer<'a> {
    chars: Vec<char>,
    pos: usize,
    _text: &'a str,
}

fn err(message: impl Into<String>, at: usize, hint: Option<&str>) -> ParseError {
    ParseError { message: message.into(), column: at + 1, hint: hint.map(str::to_string) }
}

fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':')
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str) -> Self {
        Self { chars: text.chars().collect(), pos: 0, _text: text }
    }

    fn peek_char(&self, offset: usize) -> Option<char> {
        self.chars.get(self.pos + offset).copied()
    }

    fn tokens(mut self) -> Result<Vec<(Tok, Span)>, ParseError> {
        let mut out = Vec::new();
        loop {
            while self.peek_char(0).is_some_and(char::is_whitespace) {
                self.pos += 1;
            }
            let start = self.pos;
            let Some(c) = self.peek_char(0) else {
                out.push((Tok::End, Span { start, end: start }));
                return Ok(out);
            };
            let tok = match c {
                '$' => {
                    if self.peek_char(1) != Some('{') {
                        return Err(err("'$' must start a reference such as ${name}", start, Some("write references as ${question_name}")));
                    }
                    self.pos += 2;
                    let name_start = self.pos;
                    while self.peek_char(0).is_some_and(|c| c != '}') {
                        self.pos += 1;
                    }
                    if self.peek_char(0) != Some('}') {
                        return Err(err("reference not closed", start, Some("close it with '}': ${name}")));
                    }
                    let name: String = self.chars[name_start..self.pos].iter().collect();
                    self.pos += 1;
                    let trimmed = name.trim();
                    if trimmed.is_empty() || !trimmed.starts_with(is_name_start) || !trimmed.chars().all(is_name_char) {
                        return Err(err(
                            format!("{name_q} is not a question name", name_q = crate::quote::quoted(&name)),
                            name_start,
                            Some("names start with a letter or _ and hold letters, digits, _, - and ."),
                        ));
                    }
                    Tok::Ref(trimmed.to_string())
                }
                '\'' | '"' => {
                    self.pos += 1;
                    let body_start = self.pos;
                    while self.peek_char(0).is_some_and(|d| d != c) {
                        self.pos += 1;
                    }
                    if self.peek_char(0) != Some(c) {
                        return Err(err("text not closed", start, Some(&format!("close it with {c}"))));
                    }
                    let s: String = self.chars[body_start..self.pos].iter().collect();
                    self.pos += 1;
                    Tok::Str(s)
                }
                '.' if self.peek_char(1).is_some_and(|d| d.is_ascii_digit()) => self.number(start)?,
                '.' if self.peek_char(1) == Some('.') => {
                    return Err(err("'..' (the parent) is not supported", start, Some("refer to questions by name: ${name}")));
                }
                '.' => {
                    self.pos += 1;
                    Tok::Dot
                }
                c if c.is_ascii_digit() => self.number(start)?,
                c if is_name_start(c) => {
                    while self.peek_char(0).is_some_and(is_name_char) {
                        self.pos += 1;
                    }
                    Tok::Name(self.chars[start..self.pos].iter().collect())
                }
                '(' => self.single(Tok::LParen),
                ')' => self.single(Tok::RParen),
                ',' => self.single(Tok::Comma),
                '=' => self.single(Tok::Op("=")),
                '+' => self.single(Tok::Op("+")),
                '-' => self.single(Tok::Op("-")),
                '*' => self.single(Tok::Op("*")),
                '!' if self.peek_char(1) == Some('=') => {
                    self.pos += 2;
                    Tok::Op("!=")
                }
                '<' | '>' => {
                    let eq = self.peek_char(1) == Some('=');
                    self.pos += if eq { 2 } else { 1 };
                    Tok::Op(match (c, eq) {
                        ('<', false) => "<",
                        ('<', true) => "<=",
                        ('>', false) => ">",
                        _ => ">=",
                    })
                }
                '/' | '[' | ']' | '@' | '|' => {
                    return Err(err(
                        format!("{c_q}: paths and node sets are not supported", c_q = crate::quote::quoted(c.to_string())),
                        start,
                        Some("refer to other questions as ${name}"),
                    ));
                }
                other => return Err(err(format!("unexpected character {other_q}", other_q = crate::quote::quoted(other.to_string())), start, None)),
            };
            out.push((tok, Span { start, end: self.pos }));
        }
    }

    fn single(&mut self, tok: Tok) -> Tok {
        self.pos += 1;
        tok
    }

    fn number(&mut self, start: usize) -> Result<Tok, ParseError> {
        while self.peek_char(0).is_some_and(|c| c.is_ascii_digit() || c == '.') {
            self.pos += 1;
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        text.parse::<f64>().map(Tok::Num).map_err(|_| err(format!("{text_q} is not a number", text_q = crate::quote::quoted(&text)), start, None))
    }
}

struct Parser {
    toks: Vec<(Tok, Span)>,
    pos: usize,
    /// `choice_filter` expressions name the choices sheet's columns bare (`country = ${country}`).
    fields: bool,
}

/// Parses an expression. Function names and their number of arguments are checked here.
pub fn parse(text: &str) -> Result<Expr, ParseError> {
    parse_with(text, false)
}

/// Parses a `choice_filter`, where bare names are columns of the choices sheet.
pub fn parse_choice_filter(text: &str) -> Result<Expr, ParseError> {
    parse_with(text, true)
}

fn parse_with(text: &str, fields: bool) -> Result<Expr, ParseError> {
    let toks = Lexer::new(text).tokens()?;
    let mut parser = Parser { toks, pos: 0, fields };
    if matches!(parser.peek(), Tok::End) {
        return Err(err("the expression is empty", 0, None));
    }
    let expr = parser.or()?;
    match parser.peek() {
        Tok::End => Ok(expr),
        Tok::RParen => Err(err("')' without a matching '('", parser.span().start, None)),
        other => Err(err(
            format!("expected an operator, found {}", describe(other)),
            parser.span().start,
            Some("join conditions with and / or; compare with = != < <= > >="),
        )),
    }
}

fn describe(tok: &Tok) -> String {
    match tok {
        Tok::Ref(n) => format!("${{{n}}}"),
        Tok::Dot => "'.'".into(),
        Tok::Num(n) => super::ast::format_number(*n),
        Tok::Str(s) => format!("'{s}'"),
        Tok::Name(n) => format!("'{n}'"),
        Tok::Op(o) => format!("'{o}'"),
        Tok::LParen => "'('".into(),
        Tok::RParen => "')'".into(),
        Tok::Comma => "','".into(),
        Tok::End => "the end of the expression".into(),
    }
}

impl Parser {
    fn peek(&self) -> &Tok {
        &self.toks[self.pos].0
    }

    fn span(&self) -> Span {
        self.toks[self.pos].1
    }

    fn bump(&mut self) -> (Tok, Span) {
        let t = self.toks[self.pos].clone();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    /// An operator at this position: symbols, or the words and/or/div/mod.
    fn op(&self) -> Option<BinOp> {
        Some(match self.peek() {
            Tok::Op("=") => BinOp::Eq,
            Tok::Op("!=") => BinOp::Ne,
            Tok::Op("<") => BinOp::Lt,
            Tok::Op("<=") => BinOp::Le,
            Tok::Op(">") => BinOp::Gt,
            Tok::Op(">=") => BinOp::Ge,
            Tok::Op("+") => BinOp::Add,
            Tok::Op("-") => BinOp::Sub,
            Tok::Op("*") => BinOp::Mul,
            Tok::Name(n) if n == "and" => BinOp::And,
            Tok::Name(n) if n == "or" => BinOp::Or,
            Tok::Name(n) if n == "div" => BinOp::Div,
            Tok::Name(n) if n == "mod" => BinOp::Mod,
            _ => return None,
        })
    }

    fn binary(&mut self, ops: &[BinOp], next: fn(&mut Self) -> Result<Expr, ParseError>) -> Result<Expr, ParseError> {
        let mut left = next(self)?;
        while let Some(op) = self.op().filter(|op| ops.contains(op)) {
            self.bump();
            if matches!(self.peek(), Tok::End) {
                return Err(err(format!("'{}' needs something after it", op.symbol()), self.span().start, None));
            }
            let right = next(self)?;
            let span = Span { start: left.span.start, end: right.span.end };
            left = Expr { node: Node::Binary(op, Box::new(left), Box::new(right)), span };
        }
        Ok(left)
    }

    fn or(&mut self) -> Result<Expr, ParseError> {
        self.binary(&[BinOp::Or], Self::and)
    }

    fn and(&mut self) -> Result<Expr, ParseError> {
        self.binary(&[BinOp::And], Self::equality)
    }

    fn equality(&mut self) -> Result<Expr, ParseError> {
        self.binary(&[BinOp::Eq, BinOp::Ne], Self::relational)
    }

    fn relational(&mut self) -> Result<Expr, ParseError> {
        self.binary(&[BinOp::Lt, BinOp::Le, BinOp::Gt, BinOp::Ge], Self::additive)
    }

    fn additive(&mut self) -> Result<Expr, ParseError> {
        self.binary(&[BinOp::Add, BinOp::Sub], Self::multiplicative)
    }

    fn multiplicative(&mut self) -> Result<Expr, ParseError> {
        self.binary(&[BinOp::Mul, BinOp::Div, BinOp::Mod], Self::unary)
    }

    fn unary(&mut self) -> Result<Expr, ParseError> {
        if matches!(self.peek(), Tok::Op("-")) {
            let (_, span) = self.bump();
            let inner = self.unary()?;
            let span = Span { start: span.start, end: inner.span.end };
            return Ok(Expr { node: Node::Neg(Box::new(inner)), span });
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Expr, ParseError> {
        let (tok, span) = self.bump();
        let node = match tok {
            Tok::Ref(name) => Node::Ref(name),
            Tok::Dot => Node::Current,
            Tok::Num(n) => Node::Num(n),
            Tok::Str(s) => Node::Str(s),
            Tok::LParen => {
                let inner = self.or()?;
                if !matches!(self.peek(), Tok::RParen) {
                    return Err(err("'(' is not closed", span.start, Some("add the missing ')'")));
                }
                let (_, close) = self.bump();
                return Ok(Expr { node: inner.node, span: Span { start: span.start, end: close.end } });
            }
            Tok::Name(name) if matches!(self.peek(), Tok::LParen) => return self.call(name, span),
            Tok::Name(name) if matches!(name.as_str(), "and" | "or" | "div" | "mod") => {
                return Err(err(format!("'{name}' needs something before it"), span.start, None));
            }
            Tok::Name(name) if self.fields => Node::Field(name),
            Tok::Name(name) => {
                let hint = format!("refer to a question as ${{{name}}}, or quote text as '{name}'");
                return Err(err(format!("'{name}' is neither a reference nor a function call"), span.start, Some(&hint)));
            }
            Tok::End => return Err(err("the expression ends too early", span.start, None)),
            other => return Err(err(format!("unexpected {}", describe(&other)), span.start, None)),
        };
        Ok(Expr { node, span })
    }

    fn call(&mut self, name: String, name_span: Span) -> Result<Expr, ParseError> {
        self.bump(); // (
        let mut args = Vec::new();
        if !matches!(self.peek(), Tok::RParen) {
            loop {
                args.push(self.or()?);
                match self.peek() {
                    Tok::Comma => {
                        self.bump();
                    }
                    Tok::RParen => break,
                    _ => return Err(err(format!("expected ',' or ')' in the call of {name}()"), self.span().start, None)),
                }
            }
        }
        let (_, close) = self.bump();
        let Some(function) = functions::lookup(&name) else {
            let hint = match functions::suggest(&name) {
                Some(s) => format!("did you mean {s}()?"),
                None => format!("palermo knows {}", functions::names().join(", ")),
            };
            return Err(err(format!("unknown function {name}()"), name_span.start, Some(&hint)));
        };
        if args.len() < function.min_args || args.len() > function.max_args {
            let wanted = if function.min_args == function.max_args {
                format!("{}", function.min_args)
            } else if function.max_args == usize::MAX {
                format!("at least {}", function.min_args)
            } else {
                format!("{} to {}", function.min_args, function.max_args)
            };
            return Err(err(format!("{name}() takes {wanted} argument(s), not {}", args.len()), name_span.start, Some(function.usage)));
        }
        Ok(Expr { node: Node::Call(name, args), span: Span { start: name_span.start, end: close.end } })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_forms_write() {
        for text in [
            "${q3} = 'no'",
            "selected(${q1}, 'yes') or selected(${q1}, 'partly')",
            ". >= 0 and . <= 100000",
            "string-length(.) <= 500",
            "regex(., '^[A-Z]{3}$')",
            "not(${a} = '') and count-selected(${b}) > 1",
            "if(${x} > 2, 'big', 'small')",
            "coalesce(${a}, ${b})",
            "${d} <= today()",
            "-${n} + 3 * 2 div 4 mod 3",
            "true()",
            "${q} != \"it's\"",
        ] {
            let expr = parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
            assert_eq!(parse(&expr.to_string()).unwrap().to_string(), expr.to_string(), "{text}");
        }
    }

    #[test]
    fn precedence_is_xpaths() {
        assert_eq!(parse("${a} = 1 or ${b} = 2 and ${c} = 3").unwrap().to_string(), "((${a} = 1) or ((${b} = 2) and (${c} = 3)))");
        assert_eq!(parse("1 + 2 * 3 > 4").unwrap().to_string(), "((1 + (2 * 3)) > 4)");
    }

    #[test]
    fn errors_point_at_the_column() {
        let e = parse("${q3} = 'no").unwrap_err();
        assert_eq!((e.message.as_str(), e.column), ("text not closed", 9));
        let e = parse("${q3} == 'no'").unwrap_err();
        assert_eq!(e.column, 8);
        let e = parse("selectd(${a}, 'x')").unwrap_err();
        assert_eq!(e.message, "unknown function selectd()");
        assert_eq!(e.hint.as_deref(), Some("did you mean selected()?"));
        let e = parse("${a} = yes").unwrap_err();
        assert_eq!(e.column, 8);
        assert!(e.hint.unwrap().contains("'yes'"));
        let e = parse("(${a} = 1").unwrap_err();
        assert_eq!((e.message.as_str(), e.column), ("'(' is not closed", 1));
        assert_eq!(parse("selected(${a})").unwrap_err().message, "selected() takes 2 argument(s), not 1");
        assert_eq!(parse("${a} and").unwrap_err().message, "'and' needs something after it");
        assert_eq!(parse("/data/a = 1").unwrap_err().column, 1);
        assert_eq!(parse("").unwrap_err().message, "the expression is empty");
    }
}
