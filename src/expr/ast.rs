//! The syntax tree of XLSForm expressions (`relevant`, `constraint`, `required`, `choice_filter`,
//! `calculation`): an XPath 1.0 subset as ODK forms use it.

use std::fmt;

/// Character offsets of a node in the expression text (0-based, end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Or => "or",
            BinOp::And => "and",
            BinOp::Eq => "=",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "div",
            BinOp::Mod => "mod",
        }
    }

    pub fn is_comparison(self) -> bool {
        matches!(self, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge)
    }

    /// The comparison read the other way round: `5 < x` is `x > 5`.
    pub fn flipped(self) -> Self {
        match self {
            BinOp::Lt => BinOp::Gt,
            BinOp::Le => BinOp::Ge,
            BinOp::Gt => BinOp::Lt,
            BinOp::Ge => BinOp::Le,
            other => other,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// `${name}`: the answer to another question.
    Ref(String),
    /// `.`: the answer to the question the expression belongs to.
    Current,
    /// A bare name, allowed only in `choice_filter`: a column of the choices sheet.
    Field(String),
    Str(String),
    Num(f64),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
    Call(String, Vec<Expr>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub node: Node,
    pub span: Span,
}

impl Expr {
    /// Every `${name}` in the expression, in order of appearance, with its span.
    pub fn references(&self) -> Vec<(&str, Span)> {
        let mut out = Vec::new();
        self.visit(&mut |e| {
            if let Node::Ref(name) = &e.node {
                out.push((name.as_str(), e.span));
            }
        });
        out
    }

    /// The bounds a constraint sets on the answer itself, from its `and`-joined comparisons of
    /// `.` with a number (`. >= 0 and . <= 999` → 0 and 999); `None` where it sets none.
    pub fn bounds(&self) -> (Option<f64>, Option<f64>) {
        let (mut low, mut high): (Option<f64>, Option<f64>) = (None, None);
        let mut terms = vec![self];
        while let Some(e) = terms.pop() {
            match &e.node {
                Node::Binary(BinOp::And, a, b) => terms.extend([a.as_ref(), b.as_ref()]),
                Node::Binary(op, a, b) => {
                    let (op, n) = match (&a.node, &b.node) {
                        (Node::Current, Node::Num(n)) => (*op, *n),
                        // `0 <= .` reads as `. >= 0`.
                        (Node::Num(n), Node::Current) => match op {
                            BinOp::Lt => (BinOp::Gt, *n),
                            BinOp::Le => (BinOp::Ge, *n),
                            BinOp::Gt => (BinOp::Lt, *n),
                            BinOp::Ge => (BinOp::Le, *n),
                            other => (*other, *n),
                        },
                        _ => continue,
                    };
                    match op {
                        BinOp::Ge | BinOp::Gt => low = Some(low.map_or(n, |l| l.max(n))),
                        BinOp::Le | BinOp::Lt => high = Some(high.map_or(n, |h| h.min(n))),
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        (low, high)
    }

    pub fn visit<'a>(&'a self, f: &mut impl FnMut(&'a Expr)) {
        f(self);
        match &self.node {
            Node::Binary(_, a, b) => {
                a.visit(f);
                b.visit(f);
            }
            Node::Neg(a) => a.visit(f),
            Node::Call(_, args) => args.iter().for_each(|a| a.visit(f)),
            _ => {}
        }
    }
}

/// Prints the expression back in XLSForm syntax (normalised spacing).
impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.node {
            Node::Ref(name) => write!(f, "${{{name}}}"),
            Node::Current => f.write_str("."),
            Node::Field(name) => f.write_str(name),
            Node::Str(s) if s.contains('\'') => write!(f, "\"{s}\""),
            Node::Str(s) => write!(f, "'{s}'"),
            Node::Num(n) => f.write_str(&format_number(*n)),
            Node::Binary(op, a, b) => write!(f, "({a} {} {b})", op.symbol()),
            Node::Neg(a) => write!(f, "-{a}"),
            Node::Call(name, args) => {
                write!(f, "{name}(")?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{a}")?;
                }
                f.write_str(")")
            }
        }
    }
}

/// A number as forms and people write it: `5`, `2.5`, never `5.0`.
pub fn format_number(n: f64) -> String {
    if n.is_nan() {
        "NaN".into()
    } else if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}
