//! The `detail` of a report event, or of `show(detail)`: what the platform says about the report.

use serde::de::Deserializer;

use crate::core::checks::one_of;
use crate::core::config::Role;
use crate::core::error::{Error, Problems};
use crate::core::value::{self, Obj, Value};

/// The `detail` of a report event or of `show(detail)`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReportDetail {
    /// The report category, if given.
    pub category: Option<String>,
    /// Victim (default) or witness.
    pub role: Role,
}

impl ReportDetail {
    /// Reads a detail; unknown extra fields are ignored (platforms attach their own data), but
    /// `category` and `role` must be what the contract says. `null`/`undefined`: a victim.
    pub fn from_deserializer<'de, D: Deserializer<'de>>(d: D) -> Result<ReportDetail, Error> {
        ReportDetail::from_value(&value::read(d, "detail").map_err(Error::InvalidDetail)?)
    }

    /// Checks a detail already read into a [`Value`] (the shell reads JS values by hand).
    pub fn from_value(value: &Value) -> Result<ReportDetail, Error> {
        if *value == Value::Null {
            return Ok(ReportDetail::default());
        }
        let mut p = Problems::default();
        let Some(o) = Obj::open(value, "detail", &mut p) else { return Err(Error::InvalidDetail(p.0)) };
        let category = o.string("category", &mut p);
        let role = match o.string("role", &mut p) {
            None => Role::Victim,
            Some(r) => one_of(&[("victim", Role::Victim), ("witness", Role::Witness)], &r, "detail.role", &mut p)
                .unwrap_or_default(),
        };
        if p.0.is_empty() {
            Ok(ReportDetail { category, role })
        } else {
            Err(Error::InvalidDetail(p.0))
        }
    }
}
