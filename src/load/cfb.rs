//! A guard for .xls files: their container (Compound File Binary) chains sectors through a
//! table, and a chain that loops sends calamine's reader round it until memory runs out (found
//! by fuzzing: a 25 KB file took 24 GiB). The table of sectors and the table of mini sectors
//! (which chain the small streams, a workbook's usual home) are checked for loops before
//! calamine reads.

const SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Why the container cannot be read, when one of its sector chains loops; None when it does not
/// (or when the bytes are not a compound file at all, which calamine then refuses itself).
pub fn sector_loop(bytes: &[u8]) -> Option<String> {
    let u16_at = |at: usize| bytes.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
    let u32_at = |at: usize| bytes.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    if bytes.len() < 512 || bytes[..8] != SIGNATURE {
        return None;
    }
    let shift = u16_at(0x1E)?;
    if !(7..=16).contains(&shift) {
        return None;
    }
    let size = 1usize << shift;
    let sectors = bytes.len().saturating_sub(size.max(512)).div_ceil(size);
    let sector = |id: u32| {
        let start = (id as usize + 1) * size;
        bytes.get(start..(start + size).min(bytes.len()))
    };
    // The table's own sectors: 109 in the header, the rest in a chain of DIFAT sectors.
    let mut fat_sectors: Vec<u32> = (0..109).filter_map(|i| u32_at(0x4C + 4 * i)).filter(|&id| (id as usize) < sectors).collect();
    let (mut next, mut hops) = (u32_at(0x44)?, 0usize);
    while (next as usize) < sectors {
        hops += 1;
        if hops > sectors {
            return Some("its table of sectors is chained in a loop".into());
        }
        let block = sector(next)?;
        let ids = words(block);
        let Some((&last, entries)) = ids.split_last() else { break };
        fat_sectors.extend(entries.iter().copied().filter(|&id| (id as usize) < sectors));
        next = last;
    }
    let table: Vec<u32> = fat_sectors.iter().filter_map(|&id| sector(id)).flat_map(words).collect();
    if let Some(at) = first_loop(&table) {
        return Some(format!("the chain of its sector {at} loops back on itself"));
    }
    // The mini table is itself a chain of ordinary sectors, loop-free now that the table is.
    let (mut next, count) = (u32_at(0x3C)?, u32_at(0x40)? as usize);
    let mut mini_table = Vec::new();
    for _ in 0..count.min(sectors) {
        let Some(block) = sector(next) else { break };
        mini_table.extend(words(block));
        match table.get(next as usize) {
            Some(&after) => next = after,
            None => break,
        }
    }
    first_loop(&mini_table).map(|at| format!("the chain of its mini sector {at} loops back on itself"))
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
    #[test]
    fn the_fuzzers_looping_xls_is_caught_and_a_sound_one_is_not() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let looping = std::fs::read(root.join("tests/fixtures/fuzz/calamine-cfb-sector-loop.xls")).unwrap();
        assert!(super::sector_loop(&looping).is_some());
        // Made by hand from date.xls: its mini sector 3 points back to mini sector 1.
        let mini = std::fs::read(root.join("tests/fixtures/fuzz/cfb-mini-sector-loop.xls")).unwrap();
        assert_eq!(super::sector_loop(&mini).as_deref(), Some("the chain of its mini sector 1 loops back on itself"));
        for sound in ["tests/fixtures/corpus/workbooks/date.xls", "tests/fixtures/corpus/xlsform/bugs/extra_columns.xls"] {
            let bytes = std::fs::read(root.join(sound)).unwrap();
            assert_eq!(super::sector_loop(&bytes), None, "{sound}");
        }
    }
}
