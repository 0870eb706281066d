//! Guards for .xls files, read before calamine is: their container (Compound File Binary)
//! chains sectors through a table, and a chain that loops sends calamine's reader round it until
//! memory runs out (found by fuzzing: a 25 KB file took 24 GiB). The table of sectors and the
//! table of mini sectors (which chain the small streams, a workbook's usual home) are checked for
//! loops, and the workbook's stream can be read out for the checks of `biff`.

const SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// Streams shorter than this live in the mini stream (as calamine reads them).
const MINI_STREAM_CUTOFF: usize = 4096;

/// A compound file's sectors and its two tables, as far as they can be followed; read once,
/// then checked for loops and read streams from.
pub struct Container<'a> {
    bytes: &'a [u8],
    size: usize,
    mini_size: usize,
    table: Vec<u32>,
    mini_table: Vec<u32>,
    /// The chain of sectors that extend the table loops.
    table_chain_loops: bool,
}

impl<'a> Container<'a> {
    /// None when the bytes are not a compound file (calamine then refuses them itself).
    pub fn open(bytes: &'a [u8]) -> Option<Self> {
        if bytes.len() < 512 || bytes[..8] != SIGNATURE {
            return None;
        }
        let shift = u16_at(bytes, 0x1E)?;
        let mini_shift = u16_at(bytes, 0x20)?;
        if !(7..=16).contains(&shift) || mini_shift > 12 {
            return None;
        }
        let size = 1usize << shift;
        let sectors = bytes.len().saturating_sub(size.max(512)).div_ceil(size);
        let mut container = Container { bytes, size, mini_size: 1 << mini_shift, table: Vec::new(), mini_table: Vec::new(), table_chain_loops: false };
        // The table's own sectors: 109 in the header, the rest in a chain of DIFAT sectors.
        let mut fat_sectors: Vec<u32> = (0..109).filter_map(|i| u32_at(bytes, 0x4C + 4 * i)).filter(|&id| (id as usize) < sectors).collect();
        let (mut next, mut hops) = (u32_at(bytes, 0x44)?, 0usize);
        while (next as usize) < sectors {
            hops += 1;
            if hops > sectors {
                container.table_chain_loops = true;
                return Some(container);
            }
            let ids = words(container.sector(next)?);
            let Some((&last, entries)) = ids.split_last() else { break };
            fat_sectors.extend(entries.iter().copied().filter(|&id| (id as usize) < sectors));
            next = last;
        }
        container.table = fat_sectors.iter().filter_map(|&id| container.sector(id)).flat_map(words).collect();
        // The mini table is a chain of ordinary sectors.
        let count = u32_at(bytes, 0x40)? as usize;
        container.mini_table = words(&container.chain(u32_at(bytes, 0x3C)?, count.saturating_mul(size)));
        Some(container)
    }

    fn sector(&self, id: u32) -> Option<&'a [u8]> {
        let start = (id as usize).checked_add(1)?.checked_mul(self.size)?;
        self.bytes.get(start..start.saturating_add(self.size).min(self.bytes.len()))
    }

    /// The bytes of the chain of sectors from `start`, at most `len` of them; each sector is
    /// visited at most once, so a loop only ends the chain.
    fn chain(&self, start: u32, len: usize) -> Vec<u8> {
        follow(start, len, &self.table, |id| self.sector(id))
    }
}

/// A chain through `table` from `start`, each link's bytes from `block`, at most `len` bytes;
/// no link is visited twice.
fn follow<'b>(start: u32, len: usize, table: &[u32], block: impl Fn(u32) -> Option<&'b [u8]>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut seen = vec![false; table.len()];
    let mut at = start;
    while out.len() < len {
        let Some(bytes) = block(at) else { break };
        out.extend_from_slice(&bytes[..bytes.len().min(len - out.len())]);
        match table.get(at as usize) {
            Some(&next) if !std::mem::replace(&mut seen[at as usize], true) => at = next,
            _ => break,
        }
    }
    out
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    bytes.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]]))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    bytes.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

impl Container<'_> {
    /// Why the container cannot be read, when one of its sector chains loops; None when none does.
    pub fn sector_loop(&self) -> Option<String> {
        if self.table_chain_loops {
            return Some("its table of sectors is chained in a loop".into());
        }
        if let Some(at) = first_loop(&self.table) {
            return Some(format!("the chain of its sector {at} loops back on itself"));
        }
        first_loop(&self.mini_table).map(|at| format!("the chain of its mini sector {at} loops back on itself"))
    }

    /// The stream of the first of `names` the container's directory holds (compared as calamine
    /// does, ignoring ASCII case), read through its chain; None when there is none.
    pub fn stream(&self, names: &[&str]) -> Option<Vec<u8>> {
        let directory = self.chain(u32_at(self.bytes, 0x30)?, usize::MAX);
        let entries: Vec<&[u8]> = directory.chunks_exact(128).collect();
        let entry_name = |e: &[u8]| {
            let units = (u16_at(e, 0x40).unwrap_or(0) as usize / 2).saturating_sub(1).min(32);
            String::from_utf16_lossy(&(0..units).map(|i| u16::from_le_bytes([e[2 * i], e[2 * i + 1]])).collect::<Vec<_>>())
        };
        let start_and_len = |e: &[u8]| Some((u32_at(e, 0x74)?, u32_at(e, 0x78)? as usize));
        let entry = names.iter().find_map(|name| entries.iter().find(|e| entry_name(e).eq_ignore_ascii_case(name)))?;
        let (start, len) = start_and_len(entry)?;
        if len >= MINI_STREAM_CUTOFF {
            return Some(self.chain(start, len));
        }
        let (root_start, root_len) = start_and_len(entries.first()?)?;
        let mini_stream = self.chain(root_start, root_len);
        let mini_sector = |id: u32| {
            let from = (id as usize).checked_mul(self.mini_size)?;
            mini_stream.get(from..from.saturating_add(self.mini_size).min(mini_stream.len()))
        };
        Some(follow(start, len, &self.mini_table, mini_sector))
    }
}

/// The little-endian 32-bit words of a block.
fn words(block: &[u8]) -> Vec<u32> {
    block.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
}

/// A sector whose chain comes back to itself, where each entry of `table` names the next sector
/// of its chain: a loop is a cycle in that graph (found in one pass, each entry walked once).
fn first_loop(table: &[u32]) -> Option<usize> {
    let mut state = vec![0u8; table.len()]; // 0 unseen, 1 on the current walk, 2 done
    for start in 0..table.len() {
        let mut walk = Vec::new();
        let mut at = start;
        while at < table.len() && state[at] == 0 {
            state[at] = 1;
            walk.push(at);
            at = table[at] as usize;
        }
        if at < table.len() && state[at] == 1 {
            return Some(at);
        }
        for s in walk {
            state[s] = 2;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    fn sector_loop(bytes: &[u8]) -> Option<String> {
        super::Container::open(bytes)?.sector_loop()
    }

    fn stream(bytes: &[u8], names: &[&str]) -> Option<Vec<u8>> {
        super::Container::open(bytes)?.stream(names)
    }

    #[test]
    fn the_fuzzers_looping_xls_is_caught_and_a_sound_one_is_not() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let looping = std::fs::read(root.join("tests/fixtures/fuzz/calamine-cfb-sector-loop.xls")).unwrap();
        assert!(sector_loop(&looping).is_some());
        // Made by hand from date.xls: its mini sector 3 points back to mini sector 1.
        let mini = std::fs::read(root.join("tests/fixtures/fuzz/cfb-mini-sector-loop.xls")).unwrap();
        assert_eq!(sector_loop(&mini).as_deref(), Some("the chain of its mini sector 1 loops back on itself"));
        for sound in ["tests/fixtures/corpus/workbooks/date.xls", "tests/fixtures/corpus/xlsform/bugs/extra_columns.xls"] {
            let bytes = std::fs::read(root.join(sound)).unwrap();
            assert_eq!(sector_loop(&bytes), None, "{sound}");
        }
    }

    #[test]
    fn the_workbook_stream_is_read_through_its_chain_whether_small_or_large() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        // date.xls keeps its workbook in the mini stream, extra_columns.xls in ordinary sectors.
        for file in ["tests/fixtures/corpus/workbooks/date.xls", "tests/fixtures/corpus/xlsform/bugs/extra_columns.xls"] {
            let bytes = std::fs::read(root.join(file)).unwrap();
            let stream = stream(&bytes, &["Workbook", "Book"]).unwrap_or_else(|| panic!("{file}: no workbook stream"));
            assert_eq!(&stream[..2], &[0x09, 0x08], "{file}: a workbook stream opens with a BOF record");
            assert!(stream.windows(2).any(|w| w == [0x0A, 0x00]), "{file}");
        }
        assert_eq!(stream(b"not a compound file", &["Workbook"]), None);
    }
}
