//! A merging t-digest (Dunning), the estimator behind Flux's `estimate_tdigest` quantiles.
//! Points are buffered, then sorted and merged into centroids whose size follows the arcsine
//! scale function; a quantile interpolates between centroid midpoints. The buffer sizes and
//! merge rule are those of the digest Go Flux uses, so small inputs give the same estimates.

use std::f64::consts::PI;

#[derive(Clone, Copy, Debug)]
struct Centroid {
    mean: f64,
    weight: f64,
}

/// A t-digest of float values.
#[derive(Debug)]
pub(crate) struct TDigest {
    compression: f64,
    merged: Vec<Centroid>,
    pending: Vec<Centroid>,
    merged_weight: f64,
    pending_weight: f64,
    min: f64,
    max: f64,
}

impl TDigest {
    pub(crate) fn new(compression: f64) -> Self {
        TDigest {
            compression,
            merged: Vec::new(),
            pending: Vec::new(),
            merged_weight: 0.0,
            pending_weight: 0.0,
            min: f64::MAX,
            max: -f64::MAX,
        }
    }

    fn max_merged(&self) -> usize {
        (2.0 * self.compression.ceil()) as usize
    }

    fn max_pending(&self) -> usize {
        (8.0 * self.compression.ceil()) as usize
    }

    /// Adds one value (NaN is ignored).
    pub(crate) fn add(&mut self, x: f64) {
        if x.is_nan() {
            return;
        }
        self.pending.push(Centroid { mean: x, weight: 1.0 });
        self.pending_weight += 1.0;
        if self.merged.len() > self.max_merged() || self.pending.len() > self.max_pending() {
            self.compress();
        }
    }

    /// Fraction of the weight below scale position `k`.
    fn q_of_k(&self, k: f64) -> f64 {
        ((k.min(self.compression) * PI / self.compression - PI / 2.0).sin() + 1.0) / 2.0
    }

    /// Scale position of weight fraction `q`.
    fn k_of_q(&self, q: f64) -> f64 {
        self.compression * ((2.0 * q - 1.0).asin() + PI / 2.0) / PI
    }

    fn compress(&mut self) {
        if self.pending.is_empty() && self.merged.len() <= self.max_merged() {
            return;
        }
        let mut all = std::mem::take(&mut self.pending);
        all.append(&mut self.merged);
        all.sort_by(|a, b| a.mean.total_cmp(&b.mean));
        self.merged_weight += self.pending_weight;
        self.pending_weight = 0.0;
        let mut out: Vec<Centroid> = Vec::with_capacity(self.max_merged());
        let mut so_far = 0.0;
        let mut bound = 0.0;
        for (i, c) in all.into_iter().enumerate() {
            if i == 0 {
                so_far = c.weight;
                bound = self.merged_weight * self.q_of_k(1.0);
                out.push(c);
                continue;
            }
            let projected = so_far + c.weight;
            match out.last_mut() {
                Some(last) if projected <= bound => {
                    so_far = projected;
                    last.weight += c.weight;
                    last.mean += (c.mean - last.mean) * c.weight / last.weight;
                }
                _ => {
                    let k = self.k_of_q(so_far / self.merged_weight);
                    bound = self.merged_weight * self.q_of_k(k + 1.0);
                    so_far += c.weight;
                    out.push(c);
                }
            }
        }
        if let (Some(first), Some(last)) = (out.first(), out.last()) {
            self.min = self.min.min(first.mean);
            self.max = self.max.max(last.mean);
        }
        self.merged = out;
    }

    /// The estimated `q` quantile (NaN when empty or `q` is outside [0, 1]).
    pub(crate) fn quantile(&mut self, q: f64) -> f64 {
        self.compress();
        let c = &self.merged;
        if !(0.0..=1.0).contains(&q) || c.is_empty() {
            return f64::NAN;
        }
        if c.len() == 1 {
            return c[0].mean;
        }
        // Midpoints of the centroids' weight, then the total.
        let mut mids = Vec::with_capacity(c.len() + 1);
        let mut total = 0.0;
        for x in c {
            mids.push(total + x.weight / 2.0);
            total += x.weight;
        }
        mids.push(total);
        let index = q * self.merged_weight;
        if index <= c[0].weight / 2.0 {
            return self.min + 2.0 * index / c[0].weight * (c[0].mean - self.min);
        }
        let lower = mids.partition_point(|&m| m < index);
        if lower + 1 != mids.len() {
            let below = index - mids[lower - 1];
            let above = mids[lower] - index;
            return weighted_average(c[lower - 1].mean, above, c[lower].mean, below);
        }
        let last = c[c.len() - 1];
        let z1 = index - self.merged_weight - c[lower - 1].weight / 2.0;
        let z2 = c[lower - 1].weight / 2.0 - z1;
        weighted_average(last.mean, z1, self.max, z2)
    }
}

fn weighted_average(x1: f64, w1: f64, x2: f64, w2: f64) -> f64 {
    let ((lo, wl), (hi, wh)) = if x1 <= x2 {
        ((x1, w1), (x2, w2))
    } else {
        ((x2, w2), (x1, w1))
    };
    let x = (lo * wl + hi * wh) / (wl + wh);
    x.min(hi).max(lo)
}
