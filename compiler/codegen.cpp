// The program as one module: every package's functions (bodyless ones stay
// declarations the JIT resolves to native code), one init function per
// package running its variable initializers in initialization order and then
// its init functions, and the entry goji.main, which initializes the packages
// in dependency order and calls main.main.
#include "compiler/cg.h"
#include "compiler/cg_escape.h"
#include "vm/abi.h"

namespace goji {

CodeGen::CodeGen(Program& prog, llvm::LLVMContext& ctx, const CodegenOptions& opts)
    : prog(prog), ctx(ctx), mod(std::make_unique<llvm::Module>("goji", ctx)), b(ctx), opts(opts) {
  mod->setDataLayout(opts.dataLayout);
  mod->setTargetTriple(opts.triple);
  gcPtr = llvm::PointerType::get(ctx, 1);
  rawPtr = llvm::PointerType::get(ctx, 0);
  i1 = b.getInt1Ty();
  i8 = b.getInt8Ty();
  i32 = b.getInt32Ty();
  i64 = b.getInt64Ty();
  // vm/abi.h TypeDesc.
  typeDescTy = llvm::StructType::create(
      ctx, {i64, i64, rawPtr, rawPtr, rawPtr, rawPtr, rawPtr, rawPtr, i64, i32, i32, i8, i8, i8, llvm::ArrayType::get(i8, 5)},
      "goji.TypeDesc");
}


void CodeGen::genPackage(Package* pkg) {
  // The package's init function (functions are generated when first used).
  auto* initTy = llvm::FunctionType::get(b.getVoidTy(), {gcPtr}, false);
  llvm::Function* init =
      llvm::Function::Create(initTy, llvm::GlobalValue::ExternalLinkage, pkg->path + ".init", *mod);
  setGoFunctionAttrs(init);
  FuncState state;
  state.fn = init;
  state.name = pkg->path + ".init";
  state.closurePrefix = pkg->path + ".glob..func";
  state.ctx = init->getArg(0);
  fs = &state;
  b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", init));
  escapes = std::make_unique<EscapeInfo>();
  escapes->hasPointers = [this](Type* t) { return hasPointers(t); };
  for (auto& [vars, value] : pkg->inits) {
    if (vars.size() == 1) {
      staticInitPkg = pkg;
      llvm::Constant* c = staticValue(value, vars[0]->type);
      staticInitPkg = nullptr;
      if (c) {
        if (vars[0]->name != "_") globalVar(vars[0])->setInitializer(c);
        staticVars[vars[0]] = c;
        continue;
      }
    }
    analyzeInitializerEscapes(*escapes, value);
    currentPos = value->pos;
    Expr* rhs[] = {value};
    StmtOrder order(*this);
    order.operands(value, false);
    std::vector<Val> vals = rhsValues(rhs, vars.size(), [&](size_t i) -> Type* {
      return vars[i]->name == "_" ? nullptr : vars[i]->type;
    });
    for (size_t i = 0; i < vars.size(); i++) {
      if (vars[i]->name != "_") store(Addr{globalVar(vars[i]), vars[i]->type}, vals[i]);
    }
  }
  escapes.reset();
  int n = 0;
  for (FuncDecl* fd : pkg->initFuncs) {
    std::string name = pkg->path + ".init." + std::to_string(n++);
    llvm::Function* fn = llvm::Function::Create(initTy, llvm::GlobalValue::InternalLinkage, name, *mod);
    setGoFunctionAttrs(fn);
    Signature* sig = fd->obj ? fd->obj->as<Func>()->sig() : nullptr;
    pendingName = name;
    FuncState* outer = fs;
    fs = nullptr;  // a new outermost function
    genFuncBody(fn, sig, nullptr, fd->typ, fd->body, nullptr);
    fs = outer;
    call(fn, {llvm::ConstantPointerNull::get(gcPtr)}, fd->pos);
  }
  b.CreateRetVoid();
  fs = nullptr;
}

CodegenResult generateProgram(Program& prog, Package* mainPkg, llvm::LLVMContext& ctx, const CodegenOptions& opts) {
  CodeGen cg(prog, ctx, opts);
  cg.escapeSummaries = std::make_unique<EscapeSummaries>();
  summarizeEscapes(prog, *cg.escapeSummaries, [&cg](Type* t) { return cg.hasPointers(t); });
  cg.findWrittenVars();
  for (Package* pkg : prog.initOrder) cg.genPackage(pkg);

  // goji.main: package initialization, then main.main.
  auto* entryTy = llvm::FunctionType::get(cg.b.getVoidTy(), {}, false);
  llvm::Function* entry = llvm::Function::Create(entryTy, llvm::GlobalValue::ExternalLinkage, "goji.main", *cg.mod);
  setGoFunctionAttrs(entry);
  FuncState state;
  state.fn = entry;
  state.name = "runtime.main";
  cg.fs = &state;
  cg.currentPos = Pos{};  // its calls have no source position
  cg.b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", entry));
  llvm::Value* null = llvm::ConstantPointerNull::get(cg.gcPtr);
  for (Package* pkg : prog.initOrder) cg.call(cg.mod->getFunction(pkg->path + ".init"), {null}, Pos{});
  Object* m = mainPkg->scope->lookup("main");
  cg.call(cg.function(m->as<Func>()), {null}, Pos{});
  cg.b.CreateRetVoid();
  cg.fs = nullptr;

  // Go functions the C++ runtime raises errors through, then everything reachable.
  for (const char* name : {"panicdottype", "panicuncomparable", "panicunhashable", "panicplain"}) cg.function(cg.runtimeFunc(name));
  // Type descriptors of the roots may reach methods (through method tables)
  // whose bodies reach more globals, types and interfaces.
  do {
    while (!cg.pendingBodies.empty()) {
      Func* f = cg.pendingBodies.back();
      cg.pendingBodies.pop_back();
      cg.pendingName = cg.symbolName(f);
      cg.genFuncBody(cg.funcs[f], f->sig(), f->decl->recv, f->decl->typ, f->decl->body, nullptr);
    }
    for (auto& [g, t] : cg.pointerGlobals) cg.typeDesc(t);
  } while (!cg.pendingBodies.empty() || cg.finishMethodTables());

  // GC roots: the globals holding pointers, as (address, type descriptor) pairs.
  std::vector<llvm::Constant*> roots;
  auto* rootTy = llvm::StructType::get(ctx, {cg.gcPtr, cg.rawPtr});
  for (auto& [g, t] : cg.pointerGlobals) roots.push_back(llvm::ConstantStruct::get(rootTy, {g, cg.typeDesc(t)}));
  auto* rootsTy = llvm::ArrayType::get(rootTy, roots.size());
  new llvm::GlobalVariable(*cg.mod, rootsTy, true, llvm::GlobalValue::ExternalLinkage,
                           llvm::ConstantArray::get(rootsTy, roots), "goji.roots");
  new llvm::GlobalVariable(*cg.mod, cg.i64, true, llvm::GlobalValue::ExternalLinkage,
                           cg.b.getInt64(roots.size()), "goji.nroots");

  // Only the entry points stay visible to the JIT linker: thousands of
  // exported symbols would cost more to link than the program takes to run.
  const std::set<std::string> exported = {"goji.main", "goji.roots", "goji.nroots", "runtime.panicdottype",
                                          "runtime.panicuncomparable", "runtime.panicunhashable",
                                          "runtime.panicplain"};
  for (llvm::GlobalValue& g : cg.mod->global_values()) {
    if (!g.isDeclaration() && !exported.count(g.getName().str())) g.setLinkage(llvm::GlobalValue::InternalLinkage);
  }

  CodegenResult result;
  result.diagnostics = std::move(cg.diagnostics);
  for (size_t i = 0; i < cg.sites.size(); i++) {
    Pos p = cg.sites[i];
    SiteInfo s{cg.siteFuncs[i], "", 0, 0, cg.siteWrappers[i]};
    if (p.known()) {
      RelPos r = prog.files.relative(p);
      s.file = std::string(r.filename);
      s.line = static_cast<int32_t>(r.line);
      s.col = static_cast<int32_t>(r.col);
    }
    result.sites.push_back(std::move(s));
  }
  result.module = std::move(cg.mod);
  result.entry = "goji.main";
  return result;
}

}  // namespace goji
