use std::thread;

/// Sums chunks in worker threads. (The bug: an empty chunk divides by zero.)
pub fn averages(chunks: Vec<Vec<u32>>) -> Vec<u32> {
    let handles: Vec<_> = chunks
        .into_iter()
        .map(|c| thread::spawn(move || c.iter().sum::<u32>() / c.len() as u32))
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}
