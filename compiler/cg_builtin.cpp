// Calls of the predeclared functions: len, cap, append, copy, delete, make,
// new, panic, print, println, recover.
#include "compiler/cg.h"
#include "vm/abi.h"

namespace goji {

Val CodeGen::builtinCall(CallExpr* c) {
  if (c->mode == OperandMode::Constant && c->value) return constant(c->type, *c->value);
  if (c->args.size() == 1 && c->args[0]->type && c->args[0]->type->is<Tuple>()) {
    // copy(f()), append(f()), print(f())...: f's results become the
    // arguments, as names standing for values already computed.
    CallExpr* inner = unparen(c->args[0])->as<CallExpr>();
    std::vector<Val> rs = splitResults(callValue(inner), callSignature(inner));
    Tuple* tt = c->args[0]->type->as<Tuple>();
    std::vector<Expr*> args;
    for (size_t i = 0; i < rs.size(); i++) {
      Name* n = prog.arena.make<Name>();
      n->kind = NodeKind::Name;
      n->pos = c->args[0]->pos;
      n->type = tt->vars[i]->type;
      n->mode = OperandMode::Value;
      evaluated[n] = rs[i];
      args.push_back(n);
    }
    CallExpr* expanded = prog.arena.make<CallExpr>(*c);
    expanded->args = prog.arena.copy(args);
    return builtinCall(expanded);
  }
  Expr* f = unparen(c->fun);
  BuiltinId id = BuiltinId::Count;
  if (Name* n = f->as<Name>()) id = static_cast<Builtin*>(n->obj)->id;
  Pos pos = c->pos;
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      Expr* x = c->args[0];
      Type* u = under(x->type);
      if (Pointer* p = u->as<Pointer>()) {
        expr(x);  // evaluated, not dereferenced
        return Val{{b.getInt64(under(p->base)->as<Array>()->len)}};
      }
      if (Array* a = u->as<Array>()) {
        expr(x);
        return Val{{b.getInt64(a->len)}};
      }
      Val v = expr(x);
      if (isString(u)) return Val{{v.parts[1]}};
      if (u->is<Slice>()) return Val{{v.parts[id == BuiltinId::Len ? 1 : 2]}};
      if (u->is<Map>()) {
        // The map header starts with the element count.
        llvm::Value* m = v.parts[0];
        llvm::Value* isNil = b.CreateICmpEQ(m, llvm::ConstantPointerNull::get(gcPtr));
        llvm::BasicBlock* cur = b.GetInsertBlock();
        llvm::BasicBlock* ld = llvm::BasicBlock::Create(ctx, "maplen", fs->fn);
        llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "maplen.done", fs->fn);
        b.CreateCondBr(isNil, done, ld);
        b.SetInsertPoint(ld);
        llvm::Value* n = b.CreateLoad(i64, m);
        b.CreateBr(done);
        b.SetInsertPoint(done);
        llvm::PHINode* phi = b.CreatePHI(i64, 2);
        phi->addIncoming(b.getInt64(0), cur);
        phi->addIncoming(n, ld);
        return Val{{phi}};
      }
      return Val{{call(rt(id == BuiltinId::Len ? "goji_chanlen" : "goji_chancap"), {v.parts[0]}, pos)}};
    }
    case BuiltinId::Append: return append(c);
    case BuiltinId::Copy: {
      Val dst = expr(c->args[0]);
      Val src = expr(c->args[1]);
      Type* elem = under(c->args[0]->type)->as<Slice>()->elem;
      if (hasPointers(elem)) {  // through the runtime, where the collector's barriers go
        llvm::Value* n =
            call(rt("goji_slicecopy"), {dst.parts[0], dst.parts[1], src.parts[0], src.parts[1], typeDesc(elem)}, pos);
        return Val{{n}};
      }
      llvm::Value* n = b.CreateSelect(b.CreateICmpSLT(dst.parts[1], src.parts[1]), dst.parts[1], src.parts[1]);
      b.CreateMemMove(dst.parts[0], llvm::MaybeAlign(alignOf(elem)), src.parts[0], llvm::MaybeAlign(alignOf(elem)),
                      b.CreateMul(n, b.getInt64(sizeOf(elem))));
      return Val{{n}};
    }
    case BuiltinId::Delete: {
      Type* mapType = c->args[0]->type;
      Map* mt = under(mapType)->as<Map>();
      llvm::Value* m = expr(c->args[0]).parts[0];
      Val k = exprAs(c->args[1], mt->key);
      if (isString(mt->key)) {
        call(rt("goji_mapdelete_str"), {typeDesc(mapType), m, k.parts[0], k.parts[1]}, pos);
      } else {
        mapKeyCall("goji_mapdelete", mapType, m, k, pos);
      }
      return Val{};
    }
    case BuiltinId::Make: {
      Type* t = c->args[0]->type;
      Type* u = under(t);
      if (Slice* sl = u->as<Slice>()) {
        llvm::Value* len = toInt64(expr(c->args[1]).parts[0], c->args[1]->type);
        llvm::Value* cap = c->args.size() > 2 ? toInt64(expr(c->args[2]).parts[0], c->args[2]->type) : len;
        uint64_t esize = sizeOf(sl->elem);  // zero-size elements allow any non-negative length, as in Go
        llvm::Value* max = b.getInt64(esize ? static_cast<int64_t>((uint64_t{1} << 48) / esize) : INT64_MAX);
        check(b.CreateICmpUGT(len, max), "panicmakeslicelen", {}, pos);
        if (c->args.size() > 2) check(b.CreateOr(b.CreateICmpUGT(cap, max), b.CreateICmpSLT(cap, len)), "panicmakeslicecap", {}, pos);
        llvm::Value* data = onStack(c) ? stackArray(sl->elem, c->args.back()->value->int64Val())
                                       : call(rt("goji_makeslice"), {typeDesc(sl->elem), cap}, pos);
        return Val{{data, len, cap}};
      }
      if (u->is<Map>()) {
        llvm::Value* hint = c->args.size() > 1 ? toInt64(expr(c->args[1]).parts[0], c->args[1]->type) : b.getInt64(0);
        return Val{{call(rt("goji_makemap"), {typeDesc(t), hint}, pos)}};
      }
      llvm::Value* size = c->args.size() > 1 ? toInt64(expr(c->args[1]).parts[0], c->args[1]->type) : b.getInt64(0);
      check(b.CreateICmpUGT(size, b.getInt64(int64_t{1} << 48)), "panicmakechansize", {}, pos);
      return Val{{call(rt("goji_makechan"), {typeDesc(t), size}, pos)}};
    }
    case BuiltinId::New: return Val{{onStack(c) ? stackAlloc(c->args[0]->type) : heapAlloc(c->args[0]->type)}};
    case BuiltinId::Panic: {
      Val v = exprAs(c->args[0], universe().emptyInterface);
      call(rt("goji_panic"), {v.parts[0], v.parts[1]}, pos);
      b.CreateUnreachable();
      b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "dead", fs->fn));
      return Val{};
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      std::vector<std::pair<Val, Type*>> args;
      for (Expr* a : c->args) args.emplace_back(expr(a), a->type);
      call(rt("goji_print_lock"), {}, pos);
      for (size_t i = 0; i < args.size(); i++) {
        if (i > 0 && id == BuiltinId::Println) call(rt("goji_print_sp"), {}, pos);
        printValue(args[i].first, args[i].second);
      }
      if (id == BuiltinId::Println) call(rt("goji_print_nl"), {}, pos);
      call(rt("goji_print_unlock"), {}, pos);
      return Val{};
    }
    case BuiltinId::Recover: {
      llvm::Function* fa = llvm::Intrinsic::getDeclaration(mod.get(), llvm::Intrinsic::frameaddress, {rawPtr});
      llvm::Value* frame = b.CreateCall(fa, {b.getInt32(0)});
      // recover finds the deferred call by frame addresses: the function
      // calling it must keep its own frame (Go does not inline it either).
      fs->fn->addFnAttr(llvm::Attribute::NoInline);
      llvm::Value* r = call(rt("goji_recover"), {frame}, pos);
      return Val{{b.CreateExtractValue(r, {0}), b.CreateExtractValue(r, {1})}};
    }
    case BuiltinId::Close: call(rt("goji_closechan"), {expr(c->args[0]).parts[0]}, pos); return Val{};
    default: break;
  }
  diagnostics.push_back(Diagnostic{pos, "not supported by goji: this builtin function"});
  return zero(c->type ? c->type : basicType(BasicKind::Int));
}

void CodeGen::printValue(const Val& v, Type* t) {
  if (isUntyped(t)) t = defaultType(t);
  Type* u = under(t);
  if (Basic* bt = u->as<Basic>()) {
    if (bt->info & IsBoolean) {
      call(rt("goji_print_bool"), {v.parts[0]}, Pos{});
    } else if (bt->info & IsString) {
      call(rt("goji_print_string"), {v.parts[0], v.parts[1]}, Pos{});
    } else if (bt->info & IsFloat) {
      call(rt("goji_print_float"), {b.CreateFPExt(v.parts[0], b.getDoubleTy())}, Pos{});
    } else if (bt->info & IsUnsigned) {
      call(rt("goji_print_uint"), {b.CreateZExt(v.parts[0], i64)}, Pos{});
    } else if (bt->info & IsInteger) {
      call(rt("goji_print_int"), {b.CreateSExt(v.parts[0], i64)}, Pos{});
    } else {
      call(rt("goji_print_pointer"), {v.parts.empty() ? llvm::ConstantPointerNull::get(gcPtr) : v.parts[0]}, Pos{});
    }
    return;
  }
  if (u->is<Slice>()) {
    call(rt("goji_print_slice"), {v.parts[0], v.parts[1], v.parts[2]}, Pos{});
  } else if (u->is<Interface>()) {
    call(rt("goji_print_iface"), {v.parts[0], v.parts[1]}, Pos{});
  } else {
    call(rt("goji_print_pointer"), {v.parts[0]}, Pos{});
  }
}

Val CodeGen::append(CallExpr* c) {
  Type* st = c->type;
  Slice* sl = under(st)->as<Slice>();
  Type* elem = sl->elem;
  Val s = exprAs(c->args[0], st);
  if (c->args[0]->mode == OperandMode::NilValue) s = zero(st);
  std::vector<Val> items;
  llvm::Value* extra;
  Val spread;
  bool dots = c->hasDots;
  if (dots) {
    spread = expr(c->args[1]);
    extra = spread.parts[1];
  } else {
    for (size_t i = 1; i < c->args.size(); i++) items.push_back(elemValue(c->args[i], elem));
    extra = b.getInt64(static_cast<int64_t>(items.size()));
  }
  if (!dots && items.empty()) return s;
  llvm::Value* data = s.parts[0];
  llvm::Value* len = s.parts[1];
  llvm::Value* cap = s.parts[2];
  llvm::Value* newLen = b.CreateAdd(len, extra);
  // Grow if needed.
  llvm::BasicBlock* cur = b.GetInsertBlock();
  llvm::BasicBlock* grow = llvm::BasicBlock::Create(ctx, "append.grow", fs->fn);
  llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "append.done", fs->fn);
  b.CreateCondBr(b.CreateICmpUGT(newLen, cap), grow, done);
  b.SetInsertPoint(grow);
  llvm::Value* r = call(rt("goji_growslice"), {typeDesc(elem), data, len, cap, newLen}, c->pos);
  llvm::Value* gdata = b.CreateExtractValue(r, {0});
  llvm::Value* gcap = b.CreateExtractValue(r, {1});
  check(b.CreateICmpEQ(gdata, llvm::ConstantPointerNull::get(gcPtr)), "panicgrowslice", {}, c->pos);
  llvm::BasicBlock* growEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode* pd = b.CreatePHI(gcPtr, 2);
  pd->addIncoming(data, cur);
  pd->addIncoming(gdata, growEnd);
  llvm::PHINode* pc = b.CreatePHI(i64, 2);
  pc->addIncoming(cap, cur);
  pc->addIncoming(gcap, growEnd);
  if (dots) {
    llvm::Value* at = b.CreateInBoundsGEP(memType(elem), pd, len);
    if (hasPointers(elem)) {
      call(rt("goji_slicecopy"), {at, extra, spread.parts[0], extra, typeDesc(elem)}, c->pos);
    } else {  // the spread may be a stack array's slice (cg_escape.cpp): a plain pointer
      b.CreateMemMove(at, llvm::MaybeAlign(alignOf(elem)), spread.parts[0], llvm::MaybeAlign(alignOf(elem)),
                      b.CreateMul(extra, b.getInt64(sizeOf(elem))));
    }
  } else {
    for (size_t i = 0; i < items.size(); i++) {
      llvm::Value* slot = b.CreateInBoundsGEP(memType(elem), pd, b.CreateAdd(len, b.getInt64(static_cast<int64_t>(i))));
      store(Addr{slot, elem}, items[i]);
    }
  }
  return Val{{pd, newLen, pc}};
}

}  // namespace goji
