//! Indicator phrases (placeholder while the extractor is written).

use crate::model::{Indicator, Report};

/// Extracts indicators from `text`; `sections` maps byte ranges to heading paths.
pub(crate) fn extract(_text: &str, _sections: &[(usize, usize, Vec<String>)]) -> Vec<Indicator> {
    Vec::new()
}

/// Fills `report.indicators`.
pub(crate) fn attach(text: &str, report: &mut Report) {
    report.indicators = extract(text, &[]);
}
