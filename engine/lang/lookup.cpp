// engine/lang/lookup.cpp — field and method lookup through embedded structs (breadth-first by
// depth, as types2's lookupFieldOrMethod), and interface satisfaction with gc's reasons.
#include <set>

#include "lang/checker.h"

namespace gort::lang {

namespace {
bool equal_fold(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = char(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = char(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}
}  // namespace

// types2's sameId: an unexported name only matches within its own package (so
// strings.Builder's buf is invisible from main); fold_case matches any spelling in any package
// (used only to explain a failed lookup).
bool Checker::same_id(Object* o, const std::string& name, bool fold_case, Package* pkg) const {
  if (fold_case) return equal_fold(o->name, name);
  if (o->name != name) return false;
  return o->exported() || !o->pkg || o->pkg == (pkg ? pkg : pkg_);
}

Selection Checker::lookup_field_or_method(Type* t, bool addressable, const std::string& name, bool fold_case,
                                           Package* pkg) {
  (void)addressable;
  Selection none;
  if (name == "_") return none;
  struct Entry {
    Type* typ;
    std::vector<int> path;
    bool indirect;
  };
  // A defined pointer type (type PS *T) has no methods, but z.f is (*z).f for a field f
  // (spec, Selectors); types2 looks through the pointer and drops a method it finds.
  if (t->kind == TypeKind::Named && underlying(t) && underlying(t)->kind == TypeKind::Pointer) {
    Selection s = lookup_field_or_method(underlying(t), false, name, fold_case, pkg);
    if (s.kind != Selection::Field) return none;
    return s;
  }
  bool indirect = false;
  if (t->kind == TypeKind::Pointer) {
    Type* el = static_cast<Pointer*>(t)->elem;
    if (el->kind == TypeKind::Named && underlying(el)->kind != TypeKind::Pointer &&
        underlying(el)->kind != TypeKind::Interface) {
      t = el;
      indirect = true;
    } else if (el->kind != TypeKind::Named) {
      // *struct{...}: fields only
      if (underlying(el)->kind == TypeKind::Struct) {
        t = el;
        indirect = true;
      }
    }
  }
  std::vector<Entry> current{{t, {}, indirect}};
  std::set<Named*> seen;
  while (!current.empty()) {
    std::vector<Entry> next;
    std::vector<Selection> found;
    for (Entry& e : current) {
      Type* typ = e.typ;
      if (typ->kind == TypeKind::TypeParam) typ = underlying(typ);  // the constraint's methods
      if (typ->kind == TypeKind::Named) {
        Named* n = static_cast<Named*>(typ);
        if (seen.count(n)) continue;
        seen.insert(n);
        for (Func* m : n->methods) {
          if (same_id(m, name, fold_case, pkg)) {
            Selection s;
            s.kind = Selection::Method;
            s.path = e.path;
            s.indirect = e.indirect;
            s.obj = m;
            found.push_back(s);
          }
        }
        typ = n->underlying;
        if (!typ) continue;
      }
      if (typ->kind == TypeKind::Struct) {
        Struct* st = static_cast<Struct*>(typ);
        for (size_t i = 0; i < st->fields.size(); i++) {
          Var* f = st->fields[i];
          if (same_id(f, name, fold_case, pkg)) {
            Selection s;
            s.kind = Selection::Field;
            s.path = e.path;
            s.path.push_back(int(i));
            s.indirect = e.indirect;
            s.obj = f;
            found.push_back(s);
          }
          if (f->embedded) {
            Type* ft = f->type;
            bool ind = e.indirect;
            if (ft->kind == TypeKind::Pointer) {
              ft = static_cast<Pointer*>(ft)->elem;
              ind = true;
            }
            Entry ne{ft, e.path, ind};
            ne.path.push_back(int(i));
            next.push_back(ne);
          }
        }
      } else if (typ->kind == TypeKind::Interface) {
        for (Func* m : static_cast<Interface*>(typ)->all_methods) {
          if (same_id(m, name, fold_case, pkg)) {
            Selection s;
            s.kind = Selection::Method;
            s.path = e.path;
            s.indirect = e.indirect;
            s.obj = m;
            found.push_back(s);
          }
        }
      }
    }
    if (found.size() == 1) return found[0];
    if (found.size() > 1) {
      Selection amb;
      amb.kind = Selection::None;
      amb.obj = nullptr;
      amb.path = {-1};  // marks ambiguity for the caller
      return amb;
    }
    current = std::move(next);
  }
  return none;
}

std::string Checker::lookup_error(Type* t, const std::string& sel, Object* alt_obj, bool struct_lit) {
  // types2's lookupError (Go 1.24 wording): say when the name exists but is unexported, or is
  // spelled with a different case. alt_obj: the case-insensitive match, if any.
  enum { Missing, Misspelled, Unexported, Inaccessible } e = Missing;
  std::string alt;
  if (alt_obj) {
    alt = alt_obj->name;
    auto exported = [](const std::string& n) { return !n.empty() && n[0] >= 'A' && n[0] <= 'Z'; };
    auto tail = [](const std::string& n) { return n.substr(1); };
    if (!alt_obj->pkg || alt_obj->pkg == pkg_) {
      e = alt != sel ? Misspelled : Missing;
    } else if (exported(sel)) {
      if (exported(alt)) e = Misspelled;
      else if (tail(sel) == tail(alt)) e = Unexported;
    } else if (exported(alt)) {
      if (tail(sel) == tail(alt)) e = Misspelled;
    } else if (sel == alt) {
      e = Inaccessible;
    }
  }
  std::string ts = type_string(t);
  if (struct_lit) {
    switch (e) {
      case Missing: return "unknown field " + sel + " in struct literal of type " + ts;
      case Misspelled: return "unknown field " + sel + " in struct literal of type " + ts + ", but does have " + alt;
      case Unexported:
        return "unknown field " + sel + " in struct literal of type " + ts + ", but does have unexported " + alt;
      case Inaccessible: return "cannot refer to unexported field " + alt + " in struct literal of type " + ts;
    }
  }
  std::string what = alt_obj && alt_obj->kind == ObjKind::Var ? "field" : "method";
  switch (e) {
    case Missing: break;
    case Misspelled: return "type " + ts + " has no field or method " + sel + ", but does have " + what + " " + alt;
    case Unexported:
      return "type " + ts + " has no field or method " + sel + ", but does have unexported " + what + " " + alt;
    case Inaccessible: return "cannot refer to unexported " + what + " " + alt;
  }
  return "type " + ts + " has no field or method " + sel;
}

Func* Checker::lookup_method(Type* t, const std::string& name, bool* ptr_recv_needed, bool* found_field,
                             Package* pkg) {
  Selection s = lookup_field_or_method(t, false, name, false, pkg);
  *ptr_recv_needed = false;
  *found_field = s.kind == Selection::Field;
  if (s.kind != Selection::Method) return nullptr;
  Func* f = static_cast<Func*>(s.obj);
  if (f->ptr_recv && !s.indirect && t->kind != TypeKind::Pointer) *ptr_recv_needed = true;
  return f;
}

static std::string method_sig_string(Func* m) {
  std::string s = type_string(m->type);  // "func(...) ..."
  return m->name + s.substr(4);
}

bool Checker::implements(Type* t, Interface* iface, std::string* why) {
  if (iface->all_methods.empty()) return true;
  Type* tu = underlying(t);
  if (tu && tu->kind == TypeKind::Interface) {
    Interface* ti = static_cast<Interface*>(tu);
    for (Func* m : iface->all_methods) {
      Func* have = nullptr;
      for (Func* x : ti->all_methods)
        if (same_id(x, m->name, false, m->pkg)) have = x;
      if (!have) {
        if (why) *why = "(missing method " + m->name + ")";
        return false;
      }
      if (!identical(have->type, m->type)) {
        if (why) *why = "(wrong type for method " + m->name + ")\n\t\thave " + method_sig_string(have) +
                        "\n\t\twant " + method_sig_string(m);
        return false;
      }
    }
    return true;
  }
  for (Func* m : iface->all_methods) {
    bool ptr_needed = false, field = false;
    Func* have = lookup_method(t, m->name, &ptr_needed, &field, m->pkg);
    if (!have) {
      if (why) {
        *why = "(missing method " + m->name + ")";
        // A method with a different case? types2 mentions it; we keep the simple form.
      }
      return false;
    }
    if (!identical(have->type, m->type)) {
      if (why) *why = "(wrong type for method " + m->name + ")\n\t\thave " + method_sig_string(have) +
                      "\n\t\twant " + method_sig_string(m);
      return false;
    }
    if (ptr_needed) {
      if (why) *why = "(method " + m->name + " has pointer receiver)";
      return false;
    }
  }
  return true;
}

}  // namespace gort::lang
