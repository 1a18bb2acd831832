//! A QR code as an SVG path, for the desktop hand-off: a laptop cannot call, so the modal shows
//! a QR code of `tel:3018` that a phone camera turns into a call.

use qrcodegen::{QrCode, QrCodeEcc};

use crate::core::words::num;

/// A QR code ready for an inline `<svg viewBox="0 0 {size} {size}"><path d="{path}"/></svg>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrView {
    /// What the code encodes (`tel:3018`).
    pub text: String,
    /// Width and height of the viewBox in modules, quiet zone included.
    pub size: u32,
    /// The dark modules as one SVG path (`M x y h n v 1 h -n z` per horizontal run).
    pub path: String,
    /// The text alternative ("QR code : scanne-le avec ton téléphone pour appeler le 3018").
    pub alt: String,
}

/// The quiet zone around the code, in modules (ISO/IEC 18004 asks for 4).
const QUIET: i32 = 4;

/// Encodes `text` (short: a `tel:` URI), or `None` if it does not fit a QR code.
pub fn encode(text: &str, alt: String) -> Option<QrView> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = qr.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if qr.get_module(x, y) {
                let start = x;
                while x < n && qr.get_module(x, y) {
                    x += 1;
                }
                let run = num(x - start);
                path.push_str(&["M", &num(start + QUIET), " ", &num(y + QUIET), "h", &run, "v1h-", &run, "z"].concat());
            } else {
                x += 1;
            }
        }
    }
    Some(QrView { text: text.to_owned(), size: (n + 2 * QUIET) as u32, path, alt })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tel_3018_encodes_to_a_version_1_code() {
        let q = encode("tel:3018", "alt".into()).unwrap();
        // "tel:3018" fits version 1 (21×21 modules) at medium error correction.
        assert_eq!(q.size, 21 + 8);
        // Decode the path back into modules and compare with the encoder's own matrix.
        let qr = QrCode::encode_text("tel:3018", QrCodeEcc::Medium).unwrap();
        let mut dark = vec![vec![false; 21]; 21];
        for run in q.path.split('M').filter(|s| !s.is_empty()) {
            let nums: Vec<i32> = run
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().unwrap())
                .collect();
            let (x, y, len) = (nums[0] - QUIET, nums[1] - QUIET, nums[2]);
            for i in 0..len {
                dark[y as usize][(x + i) as usize] = true;
            }
        }
        for y in 0..21 {
            for x in 0..21 {
                assert_eq!(dark[y as usize][x as usize], qr.get_module(x, y), "module {x},{y}");
            }
        }
        // The three finder patterns: top-left corner module is dark.
        assert!(q.path.starts_with("M4 4h7v1h-7z"));
    }
}
