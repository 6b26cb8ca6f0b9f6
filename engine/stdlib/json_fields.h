// engine/stdlib/json_fields.h — encoding/json's view of a struct type (Go 1.19 encode.go
// typeFields): the JSON-visible fields after tags (`json:"name,omitempty,string"`, "-"),
// embedded-struct promotion and Go's dominance rule, in index order. Shared by the
// encoder and the decoder in json_natives.cpp.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stdlib/util.h"

namespace gort::stdlib::json {

struct Field {
  std::string name;            // the JSON key
  std::vector<int> index;      // field index path through embedded structs
  const TypeDesc* type = nullptr;   // the field's declared type
  bool tagged = false;         // name came from the tag
  bool omit_empty = false;
  bool quoted = false;         // ",string" on a bool/number/string field
};

// reflect.StructTag.Lookup (Go's tag syntax); false if key is absent.
bool tag_lookup(std::string_view tag, std::string_view key, std::string* value);

class FieldCache {
 public:
  const std::vector<Field>& fields(const TypeDesc* t);
 private:
  std::unordered_map<const TypeDesc*, std::vector<Field>> cache_;
};

}  // namespace gort::stdlib::json
