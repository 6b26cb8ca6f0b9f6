// engine/lang/check_goto.cpp — goto statements of one function body: resolves each `goto L` to
// its LabeledStmt (BranchStmt::target, read by the compiler) and reports gc's errors.
//
// gc checks gotos in its parser (syntax/branches.go, checkBranches), not in types2, so `go build`
// words them as that file does — and has since Go 1.19:
//   goto L jumps over declaration of x at prog.go:7:4     (a forward goto over `x := ...` / `var x`)
//   goto L jumps into block starting at prog.go:12:2       (the label is in a block not enclosing it)
//   label L not defined
// This is a port of blockBranches restricted to goto, so the same cases are accepted and the
// same declaration/block is named: a block's start is its `{` (a case clause's `case`), the
// declaration is the last one before the label (`:=`'s position, or a var spec's first name).
// Labels of nested function literals belong to those literals (checked when they are).
#include "lang/checker.h"

#include <algorithm>
#include <deque>
#include <map>

namespace gort::lang {

namespace {

struct GotoBlock {
  const GotoBlock* parent;
  Pos start;
};

struct GotoWalk {
  Checker& c;
  std::deque<GotoBlock> blocks;  // stable addresses for parent links
  struct Decl {
    LabeledStmt* stmt;
    const GotoBlock* block;
  };
  std::map<std::string, Decl> declared;  // labels seen so far in walk order (first declaration)

  std::string pos_string(Pos p) const {
    return c.file_.filename + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
  }

  void used(const std::string& name) { c.used_labels_.insert(name); }

  // blockBranches: returns the gotos of this block (and its inner blocks) still unresolved.
  std::vector<BranchStmt*> walk(const GotoBlock* parent, Pos start, const std::vector<Stmt*>& body) {
    blocks.push_back(GotoBlock{parent, start});
    const GotoBlock* b = &blocks.back();
    bool have_var = false;
    Pos var_pos;
    std::string var_name;
    std::vector<BranchStmt*> fwd, bad;

    auto record_var = [&](Pos p, std::string name) {
      have_var = true;
      var_pos = p;
      var_name = std::move(name);
      // Every pending forward goto jumps over this declaration — unless it leaves the block,
      // which is only known once its label is found here or not at all.
      bad = fwd;
    };
    auto inner = [&](Pos s, const std::vector<Stmt*>& list) {
      std::vector<BranchStmt*> more = walk(b, s, list);
      fwd.insert(fwd.end(), more.begin(), more.end());
    };

    for (Stmt* s : body) {
      // A labeled statement declares its label here, then is processed as its statement.
      while (s && s->kind == StmtKind::Labeled) {
        auto* l = static_cast<LabeledStmt*>(s);
        const std::string& name = l->label->name;
        if (name != "_") {
          if (!declared.count(name)) declared[name] = Decl{l, b};
          size_t keep = 0;
          for (BranchStmt* g : fwd) {
            if (g->label->name != name) {
              fwd[keep++] = g;
              continue;
            }
            g->target = l;
            used(name);
            if (have_var && std::find(bad.begin(), bad.end(), g) != bad.end())
              c.error(g->label->pos, "goto " + name + " jumps over declaration of " + var_name + " at " +
                                         pos_string(var_pos));
          }
          fwd.resize(keep);
        }
        s = l->stmt;
      }
      if (!s) continue;
      switch (s->kind) {
        case StmtKind::Decl: {
          GenDecl* g = static_cast<DeclStmt*>(s)->decl;
          if (g->tok == Tok::Var && !g->specs.empty()) {
            auto* vs = static_cast<ValueSpec*>(g->specs.front());
            if (!vs->names.empty()) record_var(vs->names.front()->pos, vs->names.front()->name);
          }
          break;
        }
        case StmtKind::Assign: {
          auto* a = static_cast<AssignStmt*>(s);
          if (a->tok == Tok::Define) {
            std::string names;
            for (Expr* e : a->lhs) names += (names.empty() ? "" : ", ") + expr_string(e);
            record_var(a->tok_pos, names);
          }
          break;
        }
        case StmtKind::Branch: {
          auto* g = static_cast<BranchStmt*>(s);
          if (g->tok != Tok::Goto || !g->label) break;
          auto it = declared.find(g->label->name);
          bool resolved = false;
          if (it != declared.end()) {
            used(g->label->name);  // even if it is not a valid target
            for (const GotoBlock* x = b; x; x = x->parent)
              if (x == it->second.block) resolved = true;
          }
          if (resolved) g->target = it->second.stmt;
          else fwd.push_back(g);  // the label may come later in this block or an enclosing one
          break;
        }
        case StmtKind::Block: {
          auto* x = static_cast<BlockStmt*>(s);
          inner(x->pos, x->list);
          break;
        }
        case StmtKind::If: {
          auto* x = static_cast<IfStmt*>(s);
          if (x->then) inner(x->then->pos, x->then->list);
          if (x->els) inner(x->els->pos, {x->els});
          break;
        }
        case StmtKind::For: {
          auto* x = static_cast<ForStmt*>(s);
          if (x->body) inner(x->body->pos, x->body->list);
          break;
        }
        case StmtKind::Range: {
          auto* x = static_cast<RangeStmt*>(s);
          if (x->body) inner(x->body->pos, x->body->list);
          break;
        }
        case StmtKind::Switch:
          for (CaseClause* cc : static_cast<SwitchStmt*>(s)->clauses) inner(cc->pos, cc->body);
          break;
        case StmtKind::TypeSwitch:
          for (CaseClause* cc : static_cast<TypeSwitchStmt*>(s)->clauses) inner(cc->pos, cc->body);
          break;
        case StmtKind::Select:
          for (CommClause* cc : static_cast<SelectStmt*>(s)->clauses) inner(cc->pos, cc->body);
          break;
        default: break;
      }
    }
    return fwd;
  }
};

}  // namespace

void Checker::check_gotos(BlockStmt* body) {
  if (!body) return;
  GotoWalk w{*this, {}, {}};
  std::vector<BranchStmt*> left = w.walk(nullptr, body->pos, body->list);
  // Gotos still unresolved found no label in an enclosing block: either there is none, or it
  // is inside a block the goto is outside of.
  for (BranchStmt* g : left) {
    const std::string& name = g->label->name;
    auto it = w.declared.find(name);
    if (it != w.declared.end()) {
      used_labels_.insert(name);  // no "defined and not used" on top
      error(g->label->pos, "goto " + name + " jumps into block starting at " + w.pos_string(it->second.block->start));
    } else {
      error(g->label->pos, "label " + name + " not defined");
    }
  }
}

}  // namespace gort::lang
