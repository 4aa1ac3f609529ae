#include <peer/core/suggest.hpp>

#include <algorithm>
#include <cctype>
#include <vector>

namespace peer {

namespace {

// Edits between a and b, case-insensitive: insertions, deletions, substitutions, and swaps of
// two neighbouring letters ("titel" is one edit from "title").
std::size_t edit_distance(std::string_view a, std::string_view b)
{
    auto lower = [](char c) { return std::tolower(static_cast<unsigned char>(c)); };
    const std::size_t width = b.size() + 1;
    std::vector<std::size_t> d((a.size() + 1) * width);
    auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * width + j]; };
    for (std::size_t i = 0; i <= a.size(); ++i) {
        at(i, 0) = i;
    }
    for (std::size_t j = 0; j <= b.size(); ++j) {
        at(0, j) = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2])
                && lower(a[i - 2]) == lower(b[j - 1])) {
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
            }
        }
    }
    return at(a.size(), b.size());
}

} // namespace

std::optional<std::string> nearest_name(std::string_view typed,
                                        std::span<const std::string_view> known)
{
    const std::size_t limit = std::min<std::size_t>(3, std::max<std::size_t>(1, typed.size() / 3));
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (auto name : known) {
        const auto distance = edit_distance(typed, name);
        if (distance < best_distance) {
            best_distance = distance;
            best = std::string(name);
        }
    }
    return best;
}

std::optional<std::string> nearest_name(std::string_view typed,
                                        const std::vector<std::string>& known)
{
    const std::vector<std::string_view> names(known.begin(), known.end());
    return nearest_name(typed, std::span<const std::string_view>(names));
}

} // namespace peer
