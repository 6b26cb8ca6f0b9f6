// engine/stdlib/json_fields.cpp — Go 1.19 encoding/json typeFields (see json_fields.h).
#include "stdlib/json_fields.h"

#include <algorithm>
#include <map>

#include "stdlib/strconv_impl.h"

namespace gort::stdlib::json {

using vm::Kind;

bool tag_lookup(std::string_view tag, std::string_view key, std::string* value) {
  while (!tag.empty()) {
    size_t i = 0;
    while (i < tag.size() && tag[i] == ' ') i++;
    tag = tag.substr(i);
    if (tag.empty()) break;
    i = 0;
    while (i < tag.size() && static_cast<unsigned char>(tag[i]) > ' ' && tag[i] != ':' && tag[i] != '"' &&
           tag[i] != 0x7f)
      i++;
    if (i == 0 || i + 1 >= tag.size() || tag[i] != ':' || tag[i + 1] != '"') break;
    std::string_view name = tag.substr(0, i);
    tag = tag.substr(i + 1);
    i = 1;
    while (i < tag.size() && tag[i] != '"') {
      if (tag[i] == '\\') i++;
      i++;
    }
    if (i >= tag.size()) break;
    std::string_view qvalue = tag.substr(0, i + 1);
    tag = tag.substr(i + 1);
    if (key == name) {
      std::string out;
      if (!unquote(qvalue, &out)) break;
      *value = out;
      return true;
    }
  }
  return false;
}

namespace {

bool valid_tag(std::string_view s) {
  if (s.empty()) return false;
  static const std::string_view kAllowed = "!#$%&()*+-./:;<=>?@[]^_{|}~ ";
  for (unsigned char c : s) {
    if (kAllowed.find(static_cast<char>(c)) != std::string_view::npos) continue;
    if (c >= 0x80) continue;   // non-ASCII: Go asks unicode.IsLetter/IsDigit
    if (!std::isalnum(c)) return false;
  }
  return true;
}

bool has_option(std::string_view opts, std::string_view want) {
  while (!opts.empty()) {
    size_t comma = opts.find(',');
    std::string_view o = opts.substr(0, comma);
    if (o == want) return true;
    if (comma == std::string_view::npos) break;
    opts = opts.substr(comma + 1);
  }
  return false;
}

bool quotable(Kind k) {
  return k == Kind::Bool || (k >= Kind::Int && k <= Kind::Float64) || k == Kind::String;
}

}  // namespace

const std::vector<Field>& FieldCache::fields(const TypeDesc* t) {
  auto it = cache_.find(t);
  if (it != cache_.end()) return it->second;
  struct Level { const TypeDesc* typ; std::vector<int> index; };
  std::vector<Field> fields;
  std::vector<Level> current, next{{t, {}}};
  std::map<const TypeDesc*, int> count, next_count;
  std::vector<const TypeDesc*> visited;
  while (!next.empty()) {
    current.swap(next);
    next.clear();
    count.swap(next_count);
    next_count.clear();
    for (const Level& f : current) {
      if (std::find(visited.begin(), visited.end(), f.typ) != visited.end()) continue;
      visited.push_back(f.typ);
      for (size_t i = 0; i < f.typ->fields.size(); ++i) {
        const vm::FieldDesc& sf = f.typ->fields[i];
        if (sf.embedded) {
          const TypeDesc* et = sf.type;
          if (et->kind == Kind::Pointer) et = et->elem;
          if (!sf.exported && et->kind != Kind::Struct) continue;
        } else if (!sf.exported) {
          continue;
        }
        std::string tag;
        tag_lookup(sf.tag, "json", &tag);
        if (tag == "-") continue;
        size_t comma = tag.find(',');
        std::string name = tag.substr(0, comma);
        std::string_view opts = comma == std::string::npos ? std::string_view() : std::string_view(tag).substr(comma + 1);
        if (!valid_tag(name)) name.clear();
        std::vector<int> index = f.index;
        index.push_back(static_cast<int>(i));
        const TypeDesc* ft = sf.type;
        if (!ft->named && ft->kind == Kind::Pointer) ft = ft->elem;
        bool quoted = has_option(opts, "string") && quotable(ft->kind);
        if (!name.empty() || !sf.embedded || ft->kind != Kind::Struct) {
          Field fl;
          fl.tagged = !name.empty();
          fl.name = name.empty() ? sf.name : name;
          fl.index = index;
          fl.type = sf.type;
          fl.omit_empty = has_option(opts, "omitempty");
          fl.quoted = quoted;
          fields.push_back(fl);
          if (count[f.typ] > 1) fields.push_back(fields.back());   // annihilated below
          continue;
        }
        if (++next_count[ft] == 1) next.push_back(Level{ft, index});
      }
    }
  }
  std::stable_sort(fields.begin(), fields.end(), [](const Field& a, const Field& b) {
    if (a.name != b.name) return a.name < b.name;
    if (a.index.size() != b.index.size()) return a.index.size() < b.index.size();
    if (a.tagged != b.tagged) return a.tagged;
    return a.index < b.index;
  });
  std::vector<Field> out;
  for (size_t i = 0, advance = 0; i < fields.size(); i += advance) {
    for (advance = 1; i + advance < fields.size(); advance++)
      if (fields[i + advance].name != fields[i].name) break;
    if (advance == 1) { out.push_back(fields[i]); continue; }
    // dominantField: the shallowest, unless two at that depth are equally tagged.
    if (fields[i].index.size() == fields[i + 1].index.size() && fields[i].tagged == fields[i + 1].tagged) continue;
    out.push_back(fields[i]);
  }
  std::sort(out.begin(), out.end(), [](const Field& a, const Field& b) { return a.index < b.index; });
  return cache_.emplace(t, std::move(out)).first->second;
}

}  // namespace gort::stdlib::json
