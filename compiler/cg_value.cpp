// Values and memory in generated code: loads and stores of flattened values
// (with the write barrier on heap and global stores), zero values, constants,
// heap allocation, and conversions to interfaces.
#include <algorithm>

#include "compiler/cg.h"
#include "compiler/cg_escape.h"
#include "vm/abi.h"

namespace goji {

namespace {

bool isBoolType(Type* t) {
  Basic* b = under(t)->as<Basic>();
  return b && (b->info & IsBoolean);
}

}  // namespace

// Loads the value of type t at ptr (a pointer to memType(t)).
static void loadInto(CodeGen& cg, llvm::Value* ptr, Type* t, std::vector<llvm::Value*>& out) {
  Type* u = under(t);
  llvm::Type* mt = cg.memType(t);
  switch (u->kind) {
    case TypeKind::Basic:
      if (isBoolType(u)) {
        out.push_back(cg.b.CreateICmpNE(cg.b.CreateLoad(cg.i8, ptr), cg.b.getInt8(0)));
        return;
      }
      if (u->as<Basic>()->bkind == BasicKind::String) {
        out.push_back(cg.b.CreateLoad(cg.gcPtr, cg.b.CreateStructGEP(mt, ptr, 0)));
        out.push_back(cg.b.CreateLoad(cg.i64, cg.b.CreateStructGEP(mt, ptr, 1)));
        return;
      }
      out.push_back(cg.b.CreateLoad(mt, ptr));
      return;
    case TypeKind::Slice:
      out.push_back(cg.b.CreateLoad(cg.gcPtr, cg.b.CreateStructGEP(mt, ptr, 0)));
      out.push_back(cg.b.CreateLoad(cg.i64, cg.b.CreateStructGEP(mt, ptr, 1)));
      out.push_back(cg.b.CreateLoad(cg.i64, cg.b.CreateStructGEP(mt, ptr, 2)));
      return;
    case TypeKind::Interface:
      out.push_back(cg.b.CreateLoad(cg.rawPtr, cg.b.CreateStructGEP(mt, ptr, 0)));
      out.push_back(cg.b.CreateLoad(cg.gcPtr, cg.b.CreateStructGEP(mt, ptr, 1)));
      return;
    case TypeKind::Array: {
      Array* a = u->as<Array>();
      if (cg.flatCount(a->elem) == 0) return;  // [1 << 40]struct{} holds no scalars
      for (int64_t i = 0; i < a->len; i++) {
        loadInto(cg, cg.b.CreateConstInBoundsGEP2_64(mt, ptr, 0, static_cast<uint64_t>(i)), a->elem, out);
      }
      return;
    }
    case TypeKind::Struct: {
      std::span<Var*> fields = u->as<Struct>()->fields;
      for (size_t i = 0; i < fields.size(); i++) {
        loadInto(cg, cg.b.CreateStructGEP(mt, ptr, static_cast<unsigned>(i)), fields[i]->type, out);
      }
      return;
    }
    default: out.push_back(cg.b.CreateLoad(mt, ptr));
  }
}

Val CodeGen::load(Addr a) {
  Val v;
  if (flatCount(a.type) > kMaxValueScalars) {
    // Flattening would build an SSA value of that many scalars; the program
    // is reported and its code never runs.
    tooLarge(a.type);
    return zero(a.type);
  }
  loadInto(*this, a.ptr, a.type, v.parts);
  return v;
}

void CodeGen::tooLarge(Type* t) {
  std::string name = typeString(t, [](const Package* p) { return std::string(p->name); });
  unsupportedAt(currentPos, "copying a value of type " + name + " (" + std::to_string(sizeOf(t)) +
                                " bytes); use a pointer or a slice");
}

// The first report at a position stands.
void CodeGen::unsupportedAt(Pos pos, const std::string& what) {
  for (const Diagnostic& d : diagnostics) {
    if (d.pos == pos) return;
  }
  diagnostics.push_back(Diagnostic{pos, "not supported by goji: " + what});
}

static void storeFrom(CodeGen& cg, llvm::Value* ptr, Type* t, const std::vector<llvm::Value*>& parts, size_t& i,
                      bool barrier) {
  Type* u = under(t);
  llvm::Type* mt = cg.memType(t);
  auto storePtr = [&](llvm::Value* slot, llvm::Value* v) {
    // Pointer stores into the heap or a global (address space 1) go through
    // the write barrier when the collector has it enabled; stack slots never.
    if (barrier && slot->getType()->getPointerAddressSpace() == 1) {
      llvm::Value* on = cg.b.CreateICmpNE(
          cg.b.CreateLoad(cg.i32, cg.mod->getOrInsertGlobal("goji_wb_enabled", cg.i32)), cg.b.getInt32(0));
      llvm::Function* fn = cg.b.GetInsertBlock()->getParent();
      llvm::BasicBlock* slow = llvm::BasicBlock::Create(cg.ctx, "wb", fn);
      llvm::BasicBlock* fast = llvm::BasicBlock::Create(cg.ctx, "nowb", fn);
      llvm::BasicBlock* done = llvm::BasicBlock::Create(cg.ctx, "wbdone", fn);
      cg.b.CreateCondBr(on, slow, fast);
      cg.b.SetInsertPoint(slow);
      cg.b.CreateCall(cg.rt("goji_write_barrier"), {slot, v});
      cg.b.CreateBr(done);
      cg.b.SetInsertPoint(fast);
      cg.b.CreateStore(v, slot);
      cg.b.CreateBr(done);
      cg.b.SetInsertPoint(done);
      return;
    }
    cg.b.CreateStore(v, slot);
  };
  switch (u->kind) {
    case TypeKind::Basic:
      if (isBoolType(u)) {
        cg.b.CreateStore(cg.b.CreateZExt(parts[i++], cg.i8), ptr);
        return;
      }
      if (u->as<Basic>()->bkind == BasicKind::String) {
        storePtr(cg.b.CreateStructGEP(mt, ptr, 0), parts[i++]);
        cg.b.CreateStore(parts[i++], cg.b.CreateStructGEP(mt, ptr, 1));
        return;
      }
      if (u->as<Basic>()->bkind == BasicKind::UnsafePointer) {
        storePtr(ptr, parts[i++]);
        return;
      }
      cg.b.CreateStore(parts[i++], ptr);
      return;
    case TypeKind::Slice:
      storePtr(cg.b.CreateStructGEP(mt, ptr, 0), parts[i++]);
      cg.b.CreateStore(parts[i++], cg.b.CreateStructGEP(mt, ptr, 1));
      cg.b.CreateStore(parts[i++], cg.b.CreateStructGEP(mt, ptr, 2));
      return;
    case TypeKind::Interface:
      cg.b.CreateStore(parts[i++], cg.b.CreateStructGEP(mt, ptr, 0));
      storePtr(cg.b.CreateStructGEP(mt, ptr, 1), parts[i++]);
      return;
    case TypeKind::Array: {
      Array* a = u->as<Array>();
      if (cg.flatCount(a->elem) == 0) return;
      for (int64_t k = 0; k < a->len; k++) {
        storeFrom(cg, cg.b.CreateConstInBoundsGEP2_64(mt, ptr, 0, static_cast<uint64_t>(k)), a->elem, parts, i, barrier);
      }
      return;
    }
    case TypeKind::Struct: {
      std::span<Var*> fields = u->as<Struct>()->fields;
      for (size_t k = 0; k < fields.size(); k++) {
        storeFrom(cg, cg.b.CreateStructGEP(mt, ptr, static_cast<unsigned>(k)), fields[k]->type, parts, i, barrier);
      }
      return;
    }
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature: storePtr(ptr, parts[i++]); return;
    default: cg.b.CreateStore(parts[i++], ptr);
  }
}

void CodeGen::store(Addr a, const Val& v, bool barrier) {
  size_t i = 0;
  // Stack slots (address space 0) never need the barrier.
  bool heap = llvm::cast<llvm::PointerType>(a.ptr->getType())->getAddressSpace() == 1;
  bool pointers = hasPointers(a.type);
  bool needBarrier = barrier && heap && pointers;
  // (Stack slots holding pointers must stay promotable, so they keep stores.)
  bool clearable = !pointers || (heap && !barrier);
  if (v.parts.size() > 16 && clearable &&
      std::all_of(v.parts.begin(), v.parts.end(), [](llvm::Value* p) { return llvm::isa<llvm::Constant>(p) && llvm::cast<llvm::Constant>(p)->isNullValue(); })) {
    b.CreateMemSet(a.ptr, b.getInt8(0), sizeOf(a.type), llvm::MaybeAlign(1));
    return;
  }
  storeFrom(*this, a.ptr, a.type, v.parts, i, needBarrier);
}

Val CodeGen::zero(Type* t) {
  std::vector<llvm::Type*> types;
  flatTypes(t, types);
  Val v;
  for (llvm::Type* ty : types) v.parts.push_back(llvm::Constant::getNullValue(ty));
  return v;
}

Addr CodeGen::field(Addr a, int index) {
  Struct* s = under(a.type)->as<Struct>();
  return Addr{b.CreateStructGEP(memType(a.type), a.ptr, static_cast<unsigned>(index)), s->fields[index]->type};
}

Addr CodeGen::element(Addr a, llvm::Value* index) {
  Array* arr = under(a.type)->as<Array>();
  return Addr{b.CreateInBoundsGEP(memType(a.type), a.ptr, {b.getInt64(0), index}), arr->elem};
}

llvm::Value* CodeGen::heapAlloc(Type* t) { return call(rt("goji_alloc"), {typeDesc(t)}, Pos{}); }

// A zero-size object takes a byte, so that two of them differ as Go's
// stack objects do (LLVM may give zero-size allocas one address).
llvm::Value* CodeGen::stackAlloc(Type* t) {
  llvm::Value* p = entryAlloca(sizeOf(t) == 0 ? i8 : memType(t));
  store(Addr{p, t}, zero(t), false);
  return asReference(p);
}

// n zeroed elements of a pointer-free type in the frame, for a slice whose
// array never leaves it; zeroed where it is made, since a loop reuses it.
llvm::Value* CodeGen::stackArray(Type* elem, int64_t n) {
  uint64_t bytes = sizeOf(elem) * static_cast<uint64_t>(n);
  llvm::Type* at = llvm::ArrayType::get(memType(elem), static_cast<uint64_t>(n));
  llvm::Value* p = entryAlloca(bytes == 0 ? static_cast<llvm::Type*>(i8) : at);
  b.CreateMemSet(p, b.getInt8(0), bytes, llvm::MaybeAlign(8));
  return asReference(p);
}

// Through an integer: RS4GC takes an inttoptr for a base of its own, while
// it cannot follow an addrspacecast from a non-GC pointer (LLVM issue 61917).
llvm::Value* CodeGen::asReference(llvm::Value* p) {
  if (p->getType()->getPointerAddressSpace() != 0) return p;
  return b.CreateIntToPtr(b.CreatePtrToInt(p, i64), gcPtr);
}

bool CodeGen::onStack(Expr* site) const { return escapes && escapes->stackAllocs.count(site); }

llvm::Value* CodeGen::stringConst(std::string_view s, llvm::Value** len) {
  *len = b.getInt64(s.size());
  if (s.empty()) return llvm::ConstantPointerNull::get(gcPtr);
  static int counter = 0;
  auto* data = llvm::ConstantDataArray::getString(ctx, llvm::StringRef(s.data(), s.size()), false);
  auto* g = new llvm::GlobalVariable(*mod, data->getType(), true, llvm::GlobalValue::PrivateLinkage, data,
                                     "str." + std::to_string(counter++), nullptr,
                                     llvm::GlobalValue::NotThreadLocal, 1);
  g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  g->setAlignment(llvm::Align(1));
  return g;
}

Val CodeGen::constant(Type* t, const Value& v) {
  Type* u = under(t);
  Val r;
  if (Basic* bt = u->as<Basic>()) {
    if (bt->info & IsBoolean) {
      r.parts.push_back(b.getInt1(v.boolVal()));
    } else if (bt->info & IsString) {
      llvm::Value* len;
      llvm::Value* p = stringConst(v.stringVal(), &len);
      r.parts = {p, len};
    } else if (bt->bkind == BasicKind::Float32) {
      r.parts.push_back(llvm::ConstantFP::get(b.getFloatTy(), static_cast<double>(v.float32Val())));
    } else if (bt->info & IsFloat) {
      r.parts.push_back(llvm::ConstantFP::get(b.getDoubleTy(), v.float64Val()));
    } else if (bt->info & IsInteger) {
      Value iv = v.toInt();
      uint64_t bits = iv.isInt64() ? static_cast<uint64_t>(iv.int64Val()) : iv.uint64Val();
      r.parts.push_back(llvm::ConstantInt::get(memType(t), bits));
    } else {
      return zero(t);  // untyped nil
    }
    return r;
  }
  return zero(t);
}

// x converted to interface type iface (x has concrete or interface type from).
Val CodeGen::toIface(Val v, Type* from, Type* iface) {
  Interface* to = under(iface)->as<Interface>();
  if (Interface* fromI = under(from)->as<Interface>()) {
    bool fromEmpty = allMethods(fromI).empty();
    bool toEmpty = allMethods(to).empty();
    llvm::Value* tab = v.parts[0];
    llvm::Value* data = v.parts[1];
    // The dynamic type: the tab itself for empty interfaces, itab->type otherwise.
    llvm::Value* dyn = tab;
    if (!fromEmpty) {
      llvm::Value* isNil = b.CreateICmpEQ(tab, llvm::ConstantPointerNull::get(rawPtr));
      llvm::Value* safe = b.CreateSelect(isNil, llvm::ConstantPointerNull::get(rawPtr), tab);
      llvm::BasicBlock* cur = b.GetInsertBlock();
      llvm::BasicBlock* loadBB = llvm::BasicBlock::Create(ctx, "itab.type", cur->getParent());
      llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "itab.done", cur->getParent());
      b.CreateCondBr(isNil, done, loadBB);
      b.SetInsertPoint(loadBB);
      llvm::Value* t = b.CreateLoad(rawPtr, b.CreateConstInBoundsGEP1_64(rawPtr, safe, 1));
      b.CreateBr(done);
      b.SetInsertPoint(done);
      llvm::PHINode* phi = b.CreatePHI(rawPtr, 2);
      phi->addIncoming(llvm::ConstantPointerNull::get(rawPtr), cur);
      phi->addIncoming(t, loadBB);
      dyn = phi;
    }
    if (toEmpty) return Val{{dyn, data}};
    // Static assignability guarantees the methods exist: look the itab up.
    llvm::Value* itab = runtimeItab(iface, dyn, Pos{});
    return Val{{itab, data}};
  }
  markBoxed(from);
  llvm::Value* tab = allMethods(to).empty() ? typeDesc(from) : itab(from, iface);
  llvm::Value* data;
  Type* u = under(from);
  if (u->is<Pointer>() || u->is<Map>() || u->is<Chan>() || u->is<Signature>() ||
      (u->is<Basic>() && u->as<Basic>()->bkind == BasicKind::UnsafePointer)) {
    data = v.parts[0];
  } else if (u->is<Basic>() && std::all_of(v.parts.begin(), v.parts.end(),
                                          [](llvm::Value* p) { return llvm::isa<llvm::Constant>(p); })) {
    // A constant is boxed once, in static data, as Go's compiler does.
    llvm::GlobalVariable* box = staticObject(packConstant(from, v));
    box->setConstant(true);
    data = box;
  } else if (!(data = smallIntBox(v, from))) {
    // Box a copy of the value.
    data = heapAlloc(from);
    store(Addr{data, from}, v, false);
  }
  return Val{{tab, data}};
}

// Go's staticuint64s: a boolean or an integer of one byte, or a wider
// integer below 256, boxed in an interface points into a table of the
// uint64 values 0..255 instead of a new heap object. The table is little-
// endian, so the first byte, half or word of entry k holds k too. Null for
// other types.
llvm::Value* CodeGen::smallIntBox(const Val& v, Type* from) {
  Basic* bt = under(from)->as<Basic>();
  if (!bt || !(bt->info & (IsBoolean | IsInteger))) return nullptr;
  if (!staticUint64s) {
    std::vector<llvm::Constant*> words;
    for (uint64_t k = 0; k < 256; k++) words.push_back(b.getInt64(k));
    staticUint64s = staticObject(llvm::ConstantArray::get(llvm::ArrayType::get(i64, 256), words));
    staticUint64s->setConstant(true);
  }
  llvm::Value* k = b.CreateZExt(v.parts[0], i64);
  auto entry = [&] { return b.CreateInBoundsGEP(i64, staticUint64s, k); };
  if (sizeOf(from) == 1) return entry();
  if (!fs || !fs->fn) return nullptr;
  llvm::BasicBlock* small = llvm::BasicBlock::Create(ctx, "box.static", fs->fn);
  llvm::BasicBlock* heap = llvm::BasicBlock::Create(ctx, "box.heap", fs->fn);
  llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "box.done", fs->fn);
  b.CreateCondBr(b.CreateICmpULT(k, b.getInt64(256)), small, heap);
  b.SetInsertPoint(small);
  llvm::Value* fromTable = entry();
  b.CreateBr(done);
  b.SetInsertPoint(heap);
  llvm::Value* cell = heapAlloc(from);
  store(Addr{cell, from}, v, false);
  llvm::BasicBlock* heapEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode* phi = b.CreatePHI(gcPtr, 2);
  phi->addIncoming(fromTable, small);
  phi->addIncoming(cell, heapEnd);
  return phi;
}

Val CodeGen::convertValue(Val v, Type* from, Type* to) {
  if (isInterface(to) && !identical(from, to)) return toIface(std::move(v), from, to);
  return v;
}

}  // namespace goji
