extension RandomAccessCollection where Index == Int {
    /// The elements whose `start` lies in `range`, for a collection sorted by `start` (two binary searches).
    func slice(startingIn range: Range<Int>, start: (Element) -> Int) -> SubSequence {
        func firstStarting(atOrAfter t: Int) -> Int {
            var lo = startIndex, hi = endIndex
            while lo < hi {
                let mid = (lo + hi) / 2
                if start(self[mid]) < t { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        return self[firstStarting(atOrAfter: range.lowerBound)..<firstStarting(atOrAfter: range.upperBound)]
    }
}

extension Array where Element: Equatable {
    /// Removes repeats next to each other, in place: for a sorted array, leaves its distinct values.
    mutating func removeAdjacentDuplicates() {
        var kept = 0
        withUnsafeMutableBufferPointer { b in
            for j in b.indices where kept == 0 || b[kept - 1] != b[j] { b[kept] = b[j]; kept += 1 }
        }
        removeLast(count - kept)
    }

    /// The array without repeats next to each other: for a sorted array, its distinct values.
    func removingAdjacentDuplicates() -> [Element] {
        var out = self
        out.removeAdjacentDuplicates()
        return out
    }
}

extension Array {
    /// The elements that pass, in order; when all pass, this array itself (its storage shared, nothing allocated).
    /// `keep` is asked once per element.
    func filterSharing(_ keep: (Element) -> Bool) -> [Element] {
        guard let firstOut = firstIndex(where: { !keep($0) }) else { return self }
        var out = Array(self[..<firstOut])
        for e in self[(firstOut + 1)...] where keep(e) { out.append(e) }
        return out
    }
}

extension Array {
    /// Whether every element is in `areInIncreasingOrder` with the next (ties allowed): O(n), elements read in place.
    public func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        var i = 1
        while i < count {
            if areInIncreasingOrder(self[i], self[i - 1]) { return false }
            i += 1
        }
        return true
    }
}
