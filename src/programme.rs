//! The two programmes of the free-name offer.

/// Which free name the visitor is after.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Program {
    /// id.vn, for Vietnamese citizens aged 18 to 23.
    Id,
    /// biz.vn, for enterprises founded within a year and household businesses.
    Biz,
}

impl Program {
    pub const ALL: [Program; 2] = [Program::Id, Program::Biz];

    /// The `program` attribute's value and the code used in events.
    pub fn code(self) -> &'static str {
        match self {
            Program::Id => "id",
            Program::Biz => "biz",
        }
    }

    pub fn parse(code: &str) -> Option<Program> {
        match code.trim().to_ascii_lowercase().as_str() {
            "id" | "id.vn" => Some(Program::Id),
            "biz" | "biz.vn" => Some(Program::Biz),
            _ => None,
        }
    }

    /// The zone names are registered under.
    pub fn zone(self) -> &'static str {
        match self {
            Program::Id => "id.vn",
            Program::Biz => "biz.vn",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_accept_zone_names() {
        for p in Program::ALL {
            assert_eq!(Program::parse(p.code()), Some(p));
            assert_eq!(Program::parse(p.zone()), Some(p));
        }
        assert_eq!(Program::parse(" BIZ "), Some(Program::Biz));
        assert_eq!(Program::parse("com.vn"), None);
    }
}
