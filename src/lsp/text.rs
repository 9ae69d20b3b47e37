//! Positions as the protocol counts them: a line, and a column in UTF-16
//! code units. Converting is clamped both ways, so a position past the end
//! of a line or of the file (a stale or hostile client) never panics.

use lsp_types::{Position, Range};

use crate::diag::Span;

/// The starts of the lines of a text, to convert byte offsets and positions.
pub struct LineIndex {
    starts: Vec<usize>,
    text: std::sync::Arc<str>,
}

impl LineIndex {
    /// Indexes a text.
    pub fn new(text: std::sync::Arc<str>) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts, text }
    }

    /// The position of a byte offset (clamped to the text, floored to a character).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self
            .starts
            .partition_point(|s| *s <= offset)
            .saturating_sub(1);
        let start = self.starts[line];
        let character: usize = self.text[start..offset].chars().map(char::len_utf16).sum();
        Position::new(
            u32::try_from(line).unwrap_or(u32::MAX),
            u32::try_from(character).unwrap_or(u32::MAX),
        )
    }

    /// The byte offset of a position; a column past the line's end is its end, a line past the last is the end of the text.
    pub fn offset(&self, pos: Position) -> usize {
        let Some(start) = self.starts.get(pos.line as usize).copied() else {
            return self.text.len();
        };
        let end = self
            .starts
            .get(pos.line as usize + 1)
            .map_or(self.text.len(), |e| e - 1);
        let line = &self.text[start..end.max(start)];
        let line = line.strip_suffix('\r').unwrap_or(line);
        let mut units = 0usize;
        for (i, c) in line.char_indices() {
            if units >= pos.character as usize {
                return start + i;
            }
            units += c.len_utf16();
        }
        start + line.len()
    }

    /// The range of a span.
    pub fn range(&self, span: Span) -> Range {
        Range::new(self.position(span.start), self.position(span.end))
    }

    /// The whole text's range.
    pub fn whole(&self) -> Range {
        Range::new(Position::new(0, 0), self.position(self.text.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_columns_round_trip() {
        // 'é' is 2 bytes and 1 UTF-16 unit; '😀' is 4 bytes and 2 units.
        let text: std::sync::Arc<str> = "ab\né😀x\r\nend".into();
        let ix = LineIndex::new(text.clone());
        let x = text.find('x').unwrap();
        assert_eq!(ix.position(x), Position::new(1, 3));
        assert_eq!(ix.offset(Position::new(1, 3)), x);
        // Past the end of a line: its end, before "\r\n".
        assert_eq!(ix.offset(Position::new(1, 99)), x + 1);
        // Past the last line: the end of the text.
        assert_eq!(ix.offset(Position::new(9, 0)), text.len());
        // Inside a surrogate pair: floored to the character.
        assert_eq!(ix.position(x - 1), Position::new(1, 1));
    }
}
