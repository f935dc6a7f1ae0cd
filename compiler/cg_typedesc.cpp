// Type descriptors (vm/abi.h) as LLVM constants: canonical, linkonce_odr
// globals named by the type's identity key, with pointer masks for the
// collector, names for %T, fields, interface methods, and the method tables
// (with the wrappers itabs call) of concrete types.
#include <algorithm>

#include "compiler/cg.h"
#include "vm/abi.h"

namespace goji {

namespace {

uint32_t fnv32(const std::string& s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

rt::Kind kindOf(Type* t) {
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic:
      switch (u->as<Basic>()->bkind) {
        case BasicKind::Bool: return rt::Kind::Bool;
        case BasicKind::Int: return rt::Kind::Int;
        case BasicKind::Int8: return rt::Kind::Int8;
        case BasicKind::Int16: return rt::Kind::Int16;
        case BasicKind::Int32: return rt::Kind::Int32;
        case BasicKind::Int64: return rt::Kind::Int64;
        case BasicKind::Uint: return rt::Kind::Uint;
        case BasicKind::Uint8: return rt::Kind::Uint8;
        case BasicKind::Uint16: return rt::Kind::Uint16;
        case BasicKind::Uint32: return rt::Kind::Uint32;
        case BasicKind::Uint64: return rt::Kind::Uint64;
        case BasicKind::Uintptr: return rt::Kind::Uintptr;
        case BasicKind::Float32: return rt::Kind::Float32;
        case BasicKind::Float64: return rt::Kind::Float64;
        case BasicKind::String: return rt::Kind::String;
        case BasicKind::UnsafePointer: return rt::Kind::UnsafePointer;
        default: return rt::Kind::Invalid;
      }
    case TypeKind::Pointer: return rt::Kind::Pointer;
    case TypeKind::Array: return rt::Kind::Array;
    case TypeKind::Slice: return rt::Kind::Slice;
    case TypeKind::Struct: return rt::Kind::Struct;
    case TypeKind::Signature: return rt::Kind::Func;
    case TypeKind::Interface: return rt::Kind::Interface;
    case TypeKind::Map: return rt::Kind::Map;
    case TypeKind::Chan: return rt::Kind::Chan;
    default: return rt::Kind::Invalid;
  }
}

bool holdsGcPointers(llvm::Type* t) {
  if (auto* p = llvm::dyn_cast<llvm::PointerType>(t)) return p->getAddressSpace() == 1;
  if (auto* s = llvm::dyn_cast<llvm::StructType>(t)) {
    return std::any_of(s->element_begin(), s->element_end(), holdsGcPointers);
  }
  if (auto* a = llvm::dyn_cast<llvm::ArrayType>(t)) return a->getNumElements() > 0 && holdsGcPointers(a->getElementType());
  return false;
}

void markPointers(const llvm::DataLayout& dl, llvm::Type* t, uint64_t off, std::vector<bool>& words) {
  if (auto* p = llvm::dyn_cast<llvm::PointerType>(t)) {
    if (p->getAddressSpace() == 1) words[off / 8] = true;
    return;
  }
  if (auto* s = llvm::dyn_cast<llvm::StructType>(t)) {
    const llvm::StructLayout* sl = dl.getStructLayout(s);
    for (unsigned i = 0; i < s->getNumElements(); i++) markPointers(dl, s->getElementType(i), off + sl->getElementOffset(i), words);
    return;
  }
  if (auto* a = llvm::dyn_cast<llvm::ArrayType>(t)) {
    if (!holdsGcPointers(a->getElementType())) return;
    uint64_t es = dl.getTypeAllocSize(a->getElementType());
    for (uint64_t i = 0; i < a->getNumElements(); i++) markPointers(dl, a->getElementType(), off + i * es, words);
  }
}

}  // namespace

llvm::Constant* CodeGen::cstring(const std::string& s) {
  auto it = cstrings.find(s);
  if (it != cstrings.end()) return it->second;
  auto* data = llvm::ConstantDataArray::getString(ctx, s, true);
  auto* g = new llvm::GlobalVariable(*mod, data->getType(), true, llvm::GlobalValue::PrivateLinkage, data, ".cstr");
  g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  cstrings[s] = g;
  return g;
}

// The pointer mask and the size of the pointer-holding prefix of a layout.
std::pair<llvm::Constant*, uint64_t> CodeGen::gcMask(llvm::Type* layout) {
  if (!holdsGcPointers(layout)) return {llvm::ConstantPointerNull::get(rawPtr), 0};
  const llvm::DataLayout& dl = mod->getDataLayout();
  uint64_t size = dl.getTypeAllocSize(layout);
  std::vector<bool> words((size + 7) / 8);
  markPointers(dl, layout, 0, words);
  uint64_t lastWord = 0;
  bool any = false;
  for (size_t i = 0; i < words.size(); i++) {
    if (words[i]) {
      lastWord = i;
      any = true;
    }
  }
  if (!any) return {llvm::ConstantPointerNull::get(rawPtr), 0};
  std::vector<uint8_t> bytes((lastWord + 8) / 8);
  for (size_t i = 0; i <= lastWord; i++) {
    if (words[i]) bytes[i / 8] |= static_cast<uint8_t>(1u << (i % 8));
  }
  auto* data = llvm::ConstantDataArray::get(ctx, bytes);
  auto* g = new llvm::GlobalVariable(*mod, data->getType(), true, llvm::GlobalValue::PrivateLinkage, data, ".gcmask");
  return {g, (lastWord + 1) * 8};
}

llvm::Constant* CodeGen::makeTypeDesc(const TypeDescFields& f) {
  return llvm::ConstantStruct::get(
      typeDescTy,
      {b.getInt64(f.size), b.getInt64(f.ptrdata), f.gcmask, f.str, f.elem, f.key, f.fields, f.methods,
       b.getInt64(f.len), b.getInt32(f.nmethods), b.getInt32(f.hash), b.getInt8(f.kind), b.getInt8(f.align),
       b.getInt8(f.flags), llvm::ConstantAggregateZero::get(llvm::ArrayType::get(i8, 5))});
}

llvm::Constant* CodeGen::rawTypeDesc(llvm::StructType* layout) {
  static int counter = 0;
  auto [mask, ptrdata] = gcMask(layout);
  TypeDescFields f;
  f.size = mod->getDataLayout().getTypeAllocSize(layout);
  f.ptrdata = ptrdata;
  f.gcmask = mask;
  f.str = cstring("runtime.closure");
  f.elem = f.key = f.fields = f.methods = llvm::ConstantPointerNull::get(rawPtr);
  f.kind = static_cast<uint8_t>(rt::Kind::Struct);
  f.align = 8;
  auto* g = new llvm::GlobalVariable(*mod, typeDescTy, true, llvm::GlobalValue::PrivateLinkage, makeTypeDesc(f),
                                     "goji.rawtype." + std::to_string(counter++));
  return g;
}

// Whether equality of t is equality of its bytes, so that maps hash and
// compare its keys as memory (types.IsRegularMemory): integer-like scalars,
// and arrays and structs of them without padding or blank fields.
bool CodeGen::isRegularMemory(Type* t) {
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic: {
      Basic* bt = u->as<Basic>();
      return (bt->info & (IsInteger | IsBoolean)) || bt->bkind == BasicKind::UnsafePointer;
    }
    case TypeKind::Pointer:
    case TypeKind::Chan: return true;
    case TypeKind::Array: return isRegularMemory(u->as<Array>()->elem);
    case TypeKind::Struct: {
      std::span<Var*> fields = u->as<Struct>()->fields;
      auto* st = llvm::cast<llvm::StructType>(memType(t));
      const llvm::StructLayout* sl = mod->getDataLayout().getStructLayout(st);
      uint64_t end = 0;
      for (size_t i = 0; i < fields.size(); i++) {
        if (fields[i]->name == "_" || !isRegularMemory(fields[i]->type)) return false;
        if (sl->getElementOffset(static_cast<unsigned>(i)) != end) return false;
        end += sizeOf(fields[i]->type);
      }
      return end == sizeOf(t);
    }
    default: return false;
  }
}

llvm::Constant* CodeGen::typeDesc(Type* t) {
  if (isUntyped(t)) t = defaultType(t);
  std::string key = typeKey(t);
  if (auto it = typeDescs.find(key); it != typeDescs.end()) return it->second;
  // Declare first: recursive types refer to themselves.
  auto* g = new llvm::GlobalVariable(*mod, typeDescTy, true, llvm::GlobalValue::LinkOnceODRLinkage, nullptr,
                                     "goji.type." + key);
  typeDescs[key] = g;
  Type* u = under(t);
  llvm::Type* layout = memType(t);
  auto [mask, ptrdata] = std::pair<llvm::Constant*, uint64_t>{llvm::ConstantPointerNull::get(rawPtr), 0};
  if (sizeOf(t) <= kMaxPointerObject || !hasPointers(t)) {
    std::tie(mask, ptrdata) = gcMask(layout);
  } else {
    unsupportedAt(currentPos, "an object of type " + typeString(t, [](const Package* p) { return std::string(p->name); }) +
                                  " (" + std::to_string(sizeOf(t)) +
                                  " bytes) holding pointers; the collector's pointer masks cover at most 1 GB");
  }
  llvm::Constant* null = llvm::ConstantPointerNull::get(rawPtr);
  TypeDescFields f;
  f.size = sizeOf(t);
  f.ptrdata = ptrdata;
  f.gcmask = mask;
  f.str = cstring(typeName(t));
  f.elem = f.key = f.fields = f.methods = null;
  f.kind = static_cast<uint8_t>(kindOf(t));
  f.align = static_cast<uint8_t>(alignOf(t));
  f.hash = fnv32(key);
  if (t->is<Named>()) f.flags |= rt::kNamed;
  if (comparable(t, true)) f.flags |= rt::kComparable;
  switch (u->kind) {
    case TypeKind::Pointer: f.elem = typeDesc(u->as<Pointer>()->base); break;
    case TypeKind::Slice: f.elem = typeDesc(u->as<Slice>()->elem); break;
    case TypeKind::Array:
      f.elem = typeDesc(u->as<Array>()->elem);
      f.len = static_cast<uint64_t>(u->as<Array>()->len);
      break;
    case TypeKind::Chan:
      f.elem = typeDesc(u->as<Chan>()->elem);
      f.len = static_cast<uint64_t>(u->as<Chan>()->dir);
      break;
    case TypeKind::Map:
      f.key = typeDesc(u->as<Map>()->key);
      f.elem = typeDesc(u->as<Map>()->elem);
      break;
    case TypeKind::Struct: {
      Struct* s = u->as<Struct>();
      auto* sfTy = llvm::StructType::get(ctx, {rawPtr, rawPtr, i64, i64});
      const llvm::StructLayout* sl = mod->getDataLayout().getStructLayout(llvm::cast<llvm::StructType>(layout));
      std::vector<llvm::Constant*> fields;
      for (size_t i = 0; i < s->fields.size(); i++) {
        Var* fv = s->fields[i];
        fields.push_back(llvm::ConstantStruct::get(
            sfTy, {cstring(std::string(fv->name)), typeDesc(fv->type), b.getInt64(sl->getElementOffset(i)),
                   b.getInt64(fv->embedded ? 1 : 0)}));
      }
      f.len = s->fields.size();
      if (!fields.empty()) {
        auto* arrTy = llvm::ArrayType::get(sfTy, fields.size());
        f.fields = new llvm::GlobalVariable(*mod, arrTy, true, llvm::GlobalValue::LinkOnceODRLinkage,
                                            llvm::ConstantArray::get(arrTy, fields), "goji.fields." + key);
      }
      break;
    }
    case TypeKind::Interface: {
      std::span<Func*> ms = allMethods(u->as<Interface>());
      auto* imTy = llvm::StructType::get(ctx, {rawPtr, rawPtr});
      std::vector<llvm::Constant*> methods;
      for (Func* m : ms) {
        Signature plain = *m->sig();
        plain.recv = nullptr;
        methods.push_back(llvm::ConstantStruct::get(imTy, {cstring(std::string(m->name)), signatureDesc(&plain)}));
      }
      f.len = ms.size();
      if (!methods.empty()) {
        auto* arrTy = llvm::ArrayType::get(imTy, methods.size());
        f.fields = new llvm::GlobalVariable(*mod, arrTy, true, llvm::GlobalValue::LinkOnceODRLinkage,
                                            llvm::ConstantArray::get(arrTy, methods), "goji.imethods." + key);
      }
      break;
    }
    case TypeKind::Signature: {
      Signature* s = u->as<Signature>();
      std::vector<llvm::Constant*> ts;
      size_t in = s->params ? s->params->vars.size() : 0, out = s->results ? s->results->vars.size() : 0;
      for (size_t i = 0; i < in; i++) ts.push_back(typeDesc(s->params->vars[i]->type));
      for (size_t i = 0; i < out; i++) ts.push_back(typeDesc(s->results->vars[i]->type));
      f.len = in | (out << 16) | (uint64_t{s->variadic} << 32);
      if (!ts.empty()) {
        auto* arrTy = llvm::ArrayType::get(rawPtr, ts.size());
        f.fields = new llvm::GlobalVariable(*mod, arrTy, true, llvm::GlobalValue::LinkOnceODRLinkage,
                                            llvm::ConstantArray::get(arrTy, ts), "goji.params." + key);
      }
      break;
    }
    default: break;
  }
  if (isRegularMemory(t)) f.flags |= rt::kRegularMemory;
  // The method set (concrete types only) waits for finishMethodTables.
  if (!u->is<Interface>() && !methodSet(t).empty()) {
    pendingMethodTables.push_back(PendingMethodTable{t, g, f, 0});
    return g;
  }
  g->setInitializer(makeTypeDesc(f));
  return g;
}

// Records that values of t may be converted to an interface, and so may
// the values inside them: fmt prints a field, element or pointee of a boxed
// value through its own methods.
void CodeGen::markBoxed(Type* t) {
  if (!boxedTypes.insert(typeKey(t)).second) return;
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Pointer: markBoxed(u->as<Pointer>()->base); break;
    case TypeKind::Slice: markBoxed(u->as<Slice>()->elem); break;
    case TypeKind::Array: markBoxed(u->as<Array>()->elem); break;
    case TypeKind::Chan: markBoxed(u->as<Chan>()->elem); break;
    case TypeKind::Map:
      markBoxed(u->as<Map>()->key);
      markBoxed(u->as<Map>()->elem);
      break;
    case TypeKind::Struct:
      for (Var* f : u->as<Struct>()->fields) markBoxed(f->type);
      break;
    case TypeKind::Interface:
      // Natives may build its itabs at run time (errors.As through a
      // pointer to an interface).
      listMethodsOf(u->as<Interface>());
      break;
    case TypeKind::Signature:
      // A boxed function may be a finalizer, whose interface parameter
      // the collector fills with an itab built at run time.
      if (Tuple* ps = u->as<Signature>()->params) {
        for (Var* p : ps->vars) {
          if (Interface* it = under(p->type)->as<Interface>()) listMethodsOf(it);
        }
      }
      break;
    default: break;
  }
}

void CodeGen::listMethodsOf(Interface* it) {
  for (Func* m : allMethods(it)) usedMethodNames.insert(std::string(m->name));
}

// An itab built at run time for dynamic type dynType: the methods of iface
// must then be listed in the method tables.
llvm::Value* CodeGen::runtimeItab(Type* iface, llvm::Value* dynType, Pos pos) {
  listMethodsOf(under(iface)->as<Interface>());
  return call(rt("goji_itab"), {typeDesc(iface), dynType}, pos);
}

// Fills in the method tables of the type descriptors made so far. A method
// is listed only if values of its type may be boxed in an interface and an
// itab built at run time may need a method of its name (as Go's linker
// prunes methods): only those itabs and the runtime's own calls of Error
// and String read the tables, and they look methods up by name. A
// descriptor made only for the collector (a global's or an allocation's
// type) lists none. Returns whether new methods were listed, whose bodies
// may use more interfaces and types.
bool CodeGen::finishMethodTables() {
  bool grew = false;
  // Making a wrapper or a descriptor may add pending tables: entries are
  // reached by index, never by a reference held across those calls.
  for (size_t i = 0; i < pendingMethodTables.size(); i++) {
    Type* type = pendingMethodTables[i].type;
    std::vector<MethodEntry> ms;
    if (boxedTypes.count(typeKey(type))) {
      for (MethodEntry& m : methodSet(type)) {
        if (usedMethodNames.count(std::string(m.func->name))) ms.push_back(m);
      }
    }
    if (ms.size() == pendingMethodTables[i].listed && pendingMethodTables[i].desc->hasInitializer()) continue;
    grew = grew || ms.size() != pendingMethodTables[i].listed;
    pendingMethodTables[i].listed = ms.size();
    TypeDescFields f = pendingMethodTables[i].fields;
    if (!ms.empty()) {
      auto* mTy = llvm::StructType::get(ctx, {rawPtr, rawPtr, rawPtr});
      std::vector<llvm::Constant*> methods;
      for (MethodEntry& m : ms) {
        Signature plain = *m.func->sig();
        plain.recv = nullptr;
        methods.push_back(llvm::ConstantStruct::get(
            mTy, {cstring(std::string(m.func->name)), signatureDesc(&plain), methodWrapper(type, m)}));
      }
      auto* arrTy = llvm::ArrayType::get(mTy, methods.size());
      f.methods = new llvm::GlobalVariable(*mod, arrTy, true, llvm::GlobalValue::PrivateLinkage,
                                           llvm::ConstantArray::get(arrTy, methods), "goji.methods." + typeKey(type));
      f.nmethods = static_cast<uint32_t>(ms.size());
    }
    llvm::Constant* desc = makeTypeDesc(f);
    pendingMethodTables[i].desc->setInitializer(desc);
  }
  return grew;
}

llvm::Constant* CodeGen::signatureDesc(Signature* sig) {
  // A signature without receiver is a plain func type; copy it so the
  // descriptor's key never depends on a temporary.
  Signature* copy = prog.arena.make<Signature>(*sig);
  return typeDesc(copy);
}

// The methods of concrete type t (t or *T), sorted by name, each with the
// embedded-field path that reaches it.
std::vector<CodeGen::MethodEntry> CodeGen::methodSet(Type* t) {
  std::set<std::string_view> names;
  std::vector<Func*> candidates;
  std::set<Type*> seen;
  std::function<void(Type*, int)> collect = [&](Type* x, int depth) {
    if (depth > 8) return;
    if (Pointer* p = x->as<Pointer>()) x = p->base;
    if (!seen.insert(x).second) return;
    if (Named* n = x->as<Named>()) {
      for (Func* m : n->methods) {
        if (names.insert(m->name).second) candidates.push_back(m);
      }
    }
    if (Interface* it = under(x)->as<Interface>(); it && depth > 0) {
      for (Func* m : allMethods(it)) {
        if (names.insert(m->name).second) candidates.push_back(m);
      }
    }
    if (Struct* s = under(x)->as<Struct>()) {
      for (Var* f : s->fields) {
        if (f->embedded) collect(f->type, depth + 1);
      }
    }
  };
  collect(t, 0);
  std::vector<MethodEntry> out;
  for (Func* m : candidates) {
    LookupResult r = lookupFieldOrMethod(t, false, m->pkg, m->name);
    Func* f = r.obj ? r.obj->as<Func>() : nullptr;
    if (!f) continue;
    out.push_back(MethodEntry{f, r.index, r.indirect});
  }
  std::sort(out.begin(), out.end(), [](const MethodEntry& a, const MethodEntry& b) { return a.func->name < b.func->name; });
  return out;
}

// The function an itab calls for method m of concrete type t: it turns the
// interface's data word into the method's receiver and calls the method.
llvm::Constant* CodeGen::methodWrapper(Type* t, const MethodEntry& m) {
  std::string name = "goji.ifn." + typeKey(t) + "." + std::string(m.func->name);
  if (llvm::Function* fn = mod->getFunction(name)) return fn;
  Signature plain = *m.func->sig();
  plain.recv = nullptr;
  llvm::FunctionType* ft = funcType(&plain, false);
  std::vector<llvm::Type*> params(ft->param_begin(), ft->param_end());
  params.insert(params.begin() + 1, gcPtr);
  auto* wt = llvm::FunctionType::get(ft->getReturnType(), params, false);
  llvm::Function* fn = llvm::Function::Create(wt, llvm::GlobalValue::LinkOnceODRLinkage, name, *mod);
  setGoFunctionAttrs(fn);
  llvm::IRBuilderBase::InsertPoint ip = b.saveIP();
  FuncState* outer = fs;
  FuncState state;
  state.fn = fn;
  state.name = symbolName(m.func);
  state.wrapper = true;
  fs = &state;
  b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", fn));
  llvm::Value* data = &*(fn->arg_begin() + 1);
  std::vector<llvm::Value*> rest;
  for (auto it = fn->arg_begin() + 2; it != fn->arg_end(); ++it) rest.push_back(&*it);
  Val recv;
  Type* recvType = nullptr;  // where the path ends, if the receiver was addressed
  Type* u = under(t);
  bool direct = u->is<Pointer>() || u->is<Map>() || u->is<Chan>() || u->is<Signature>();
  if (direct && !u->is<Pointer>()) {
    recv = Val{{data}};  // a pointer-shaped non-pointer: the data word is the value
  } else {
    // An address of the value: the pointer itself, or the boxed copy.
    Addr a = u->is<Pointer>() ? Addr{data, u->as<Pointer>()->base} : Addr{data, t};
    std::span<const int> path(m.index.data(), m.index.size() - 1);
    // A value method through a nil pointer: the wrapper panics as Go's does
    // (a call Go devirtualizes reports a nil dereference instead).
    Named* base = u->is<Pointer>() ? u->as<Pointer>()->base->as<Named>() : nullptr;
    if (base && path.empty() && !m.func->hasPtrRecv) panicwrapCheck(data, base, m.func, Pos{});
    // A method promoted through a nil pointer: selecting the embedded
    // field is the nil dereference.
    if (u->is<Pointer>() && !path.empty()) nilCheck(data, Pos{});
    for (size_t i = 0; i < path.size(); i++) {
      a = field(a, path[i]);
      if (Pointer* p = under(a.type)->as<Pointer>()) {
        llvm::Value* ptr = load(a).parts[0];
        if (!(i + 1 == path.size() && m.func->hasPtrRecv)) nilCheck(ptr, Pos{});
        a = Addr{ptr, p->base};
      }
    }
    recv = m.func->hasPtrRecv ? Val{{a.ptr}} : load(a);
    recvType = a.type;
  }
  std::vector<llvm::Value*> args{llvm::ConstantPointerNull::get(gcPtr)};
  llvm::FunctionCallee callee;
  if (recvType && under(recvType)->is<Interface>()) {
    // Promoted from an embedded interface: call through its itab.
    auto [ifn, type] = interfaceMethod(recv, recvType, m.func, Pos{});
    callee = llvm::FunctionCallee(type, ifn);
    args.push_back(recv.parts[1]);
  } else {
    callee = function(m.func);
    args.insert(args.end(), recv.parts.begin(), recv.parts.end());
  }
  args.insert(args.end(), rest.begin(), rest.end());
  llvm::Value* r = call(callee, args, Pos{});
  if (fn->getReturnType()->isVoidTy()) {
    b.CreateRetVoid();
  } else {
    b.CreateRet(r);
  }
  fs = outer;
  b.restoreIP(ip);
  return fn;
}

// A static itab for concrete type t implementing interface iface.
llvm::Constant* CodeGen::itab(Type* t, Type* iface) {
  std::string name = "goji.itab." + typeKey(iface) + "," + typeKey(t);
  if (llvm::GlobalVariable* g = mod->getGlobalVariable(name, true)) return g;
  markBoxed(t);
  std::span<Func*> ims = allMethods(under(iface)->as<Interface>());
  std::vector<MethodEntry> ms = methodSet(t);
  std::vector<llvm::Constant*> fields{typeDesc(iface), typeDesc(t)};
  for (Func* im : ims) {
    llvm::Constant* fn = llvm::ConstantPointerNull::get(rawPtr);
    for (MethodEntry& m : ms) {
      if (m.func->name == im->name) fn = methodWrapper(t, m);
    }
    fields.push_back(fn);
  }
  std::vector<llvm::Type*> types(fields.size(), rawPtr);
  auto* ty = llvm::StructType::get(ctx, types);
  auto* g = new llvm::GlobalVariable(*mod, ty, true, llvm::GlobalValue::LinkOnceODRLinkage,
                                     llvm::ConstantStruct::get(ty, fields), name);
  return g;
}

}  // namespace goji
