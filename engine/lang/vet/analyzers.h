// engine/lang/vet/analyzers.h — one entry point per analyzer (each in its own file, named after
// Go's analyzer), run by the driver (vet.cpp) in go vet's order.
#pragma once
#include "lang/vet/util.h"

namespace gort::lang::vet {

void run_assign(Pass& pass);        // assign.cpp:       self-assignment x = x
void run_bools(Pass& pass);         // bools.cpp:        redundant / suspect && and ||
void run_copylocks(Pass& pass);     // copylock.cpp:     values containing a sync.Locker copied
void run_loopclosure(Pass& pass);   // loopclosure.cpp:  go/defer func literal capturing loop vars
void run_lostcancel(Pass& pass);    // lostcancel.cpp:   context cancel func not called on all paths
void run_printf(Pass& pass);        // printf.cpp:       format strings vs arguments
void run_unreachable(Pass& pass);   // unreachable.cpp:  statements after return/panic/infinite for
void run_unusedresult(Pass& pass);  // unusedresult.cpp: fmt.Sprintf(...) etc. as statements

}  // namespace gort::lang::vet
