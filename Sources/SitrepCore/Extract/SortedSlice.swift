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
