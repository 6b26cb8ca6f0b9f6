// engine/lang/vet/unusedresult.cpp — the unusedresult analyzer (Go 1.19 x/tools
// passes/unusedresult): a call statement that drops the result of a function whose result is
// its whole point (fmt.Sprintf, errors.New, ...) or of a String() / Error() method.
// Go 1.19's list; later Go versions added strings.* and others.
#include <set>

#include "lang/vet/analyzers.h"

namespace gort::lang::vet {
namespace {

const std::set<std::string>& funcs() {
  static const std::set<std::string> k = {
      "errors.New", "fmt.Errorf", "fmt.Sprintf", "fmt.Sprint", "sort.Reverse",
      "context.WithValue", "context.WithCancel", "context.WithDeadline", "context.WithTimeout"};
  return k;
}

struct UnusedResult : Visitor {
  Pass& pass;
  explicit UnusedResult(Pass& p) : pass(p) {}
  bool stmt(Stmt* s) override {
    if (s->kind != StmtKind::Expr) return true;
    Expr* x = unparen(static_cast<ExprStmt*>(s)->x);
    if (!x || x->kind != ExprKind::Call) return true;
    auto* call = static_cast<CallExpr*>(x);
    Expr* fun = unparen(call->fun);
    if (!fun || fun->tv.mode == Mode::TypeExpr) return true;
    if (fun->kind == ExprKind::Index && static_cast<IndexExpr*>(fun)->is_inst) fun = static_cast<IndexExpr*>(fun)->x;
    if (!fun || fun->kind != ExprKind::Selector) return true;
    auto* sel = static_cast<SelectorExpr*>(fun);
    if (sel->selection.kind == Selection::Method) {
      auto* f = sel->selection.obj && sel->selection.obj->kind == ObjKind::Func ? static_cast<Func*>(sel->selection.obj) : nullptr;
      if (!f || !f->type || f->type->kind != TypeKind::Signature) return true;
      Signature* sig = f->sig();
      bool no_args_string = (!sig->params || sig->params->vars.empty()) && sig->results &&
                            sig->results->vars.size() == 1 && sig->results->vars[0]->type &&
                            sig->results->vars[0]->type->kind == TypeKind::Basic &&
                            static_cast<Basic*>(sig->results->vars[0]->type)->bkind == BasicKind::String;
      if (no_args_string && (f->name == "Error" || f->name == "String")) {
        // sig.Recv().Type(): the declared receiver type (*T for a pointer method; the
        // interface for an interface method).
        Type* recv_t = sig->recv ? sig->recv->type : nullptr;
        std::string rt;
        if (recv_t) rt = types_string(recv_t);
        else if (f->recv_named) rt = std::string(f->ptr_recv ? "*" : "") + types_string(f->recv_named);
        else if (sel->x && sel->x->tv.type) rt = types_string(sel->x->tv.type);
        pass.report(call->lparen, "result of (" + rt + ")." + f->name + " call not used");
      }
    } else if (sel->selection.kind == Selection::Qualified) {
      Object* o = sel->sel ? sel->sel->obj : nullptr;
      if (o && o->kind == ObjKind::Func && o->pkg) {
        std::string q = o->pkg->path + "." + o->name;
        if (funcs().count(q)) pass.report(call->lparen, "result of " + q + " call not used");
      }
    }
    return true;
  }
};

}  // namespace

void run_unusedresult(Pass& pass) {
  UnusedResult v(pass);
  walk_file(pass.prog.file.get(), v);
}

}  // namespace gort::lang::vet
