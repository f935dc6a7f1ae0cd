// Code generation: the checked program → one LLVM module (internal header of
// the cg_*.cpp files; the entry point is codegen.h).
//
// The GC contract of generated code (../shared/DESIGN.md §2):
//   - Go pointers are `ptr addrspace(1)`; every function uses the
//     "statepoint-example" GC and keeps frame pointers; RS4GC turns every call
//     that is not a gc-leaf into a statepoint after mem2reg/SROA or -O2.
//   - Go values are *flattened* to scalars in SSA form (a string is a data
//     pointer and a length, a struct its fields...): RS4GC cannot track GC
//     pointers inside first-class aggregates, so no aggregate holding a GC
//     pointer is ever live across a call. Function parameters and results are
//     flattened the same way; several results come back as an anonymous
//     struct that is taken apart right after the call.
//   - Local variables live in allocas only while SROA/mem2reg can promote
//     them; a variable whose address is taken, that a closure captures, or
//     that is an array holding pointers indexed by a variable lives in a heap
//     cell instead. After promotion no alloca holds a GC pointer (checked).
//   - Every allocation calls the runtime allocator with a type descriptor.
//   - Safepoint polls sit at function entry and loop back-edges; pointer
//     stores into the heap and globals go through the write barrier behind an
//     inline check of a global flag.
//   - Every call site gets a "statepoint-id" that indexes the module's source
//     position table, so a return address maps to function, file and line.
#pragma once

#include <functional>
#include <map>
#include <span>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/cg_escape.h"
#include "vm/abi.h"
#include "compiler/codegen.h"
#include "compiler/program.h"
#include "compiler/types.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"

namespace goji {

void setGoFunctionAttrs(llvm::Function* fn);
// Whether a value of type t is one pointer word: an interface holds it itself.
bool isPointerShaped(Type* t);

struct CodeGen;

// A Go value in SSA form: its flattened scalars.
struct Val {
  std::vector<llvm::Value*> parts;
};

// Where an addressable Go value lives.
struct Addr {
  llvm::Value* ptr = nullptr;  // pointer to memory of the value's memory type
  Type* type = nullptr;
};

enum class VarHome : uint8_t { Alloca, Heap, Global };

struct VarInfo {
  VarHome home;
  llvm::Value* ptr;  // alloca (addrspace 0), heap cell or global (addrspace 1)
};

// A function being generated.
struct FuncState {
  llvm::Function* fn = nullptr;
  std::string name;  // as a traceback prints it
  bool wrapper = false;  // a method wrapper: Go's WRAPPER functions, transparent to recover and Caller
  std::string closurePrefix;  // the name of the n-th closure inside is closurePrefix + n
  int closures = 0;
  Signature* sig = nullptr;
  llvm::Value* ctx = nullptr;  // closure context (ptr addrspace(1)), or null
  std::unordered_map<Var*, VarInfo> vars;
  std::vector<Addr> results;  // homes of the result variables
  llvm::BasicBlock* returnBlock = nullptr;
  llvm::Value* deferFrame = nullptr;  // the DeferFrame, if the function defers
  bool deferClosuresInFrame = false;  // deferred calls' closures are stack objects (genFuncBody)
  // break/continue targets, innermost last
  struct Target {
    Stmt* stmt;
    llvm::BasicBlock* breakTo;
    llvm::BasicBlock* continueTo;
  };
  std::vector<Target> targets;
  std::map<CaseClause*, llvm::BasicBlock*> caseBodies;  // for fallthrough
  std::set<Var*> heapVars;  // variables that must live in heap cells
};

// A call whose callee and arguments are evaluated but not yet made.
struct PreparedCall {
  llvm::FunctionType* type = nullptr;
  llvm::Value* callee = nullptr;
  std::vector<llvm::Value*> args;
};

// Code generator state for one module.
struct CodeGen {
  CodeGen(Program& prog, llvm::LLVMContext& ctx, const CodegenOptions& opts);

  Program& prog;
  llvm::LLVMContext& ctx;
  std::unique_ptr<llvm::Module> mod;
  llvm::IRBuilder<> b;
  CodegenOptions opts;
  FuncState* fs = nullptr;

  // ---- types (cg_types.cpp) ----
  llvm::PointerType* gcPtr;   // ptr addrspace(1)
  llvm::PointerType* rawPtr;  // ptr
  llvm::IntegerType* i1;
  llvm::IntegerType* i8;
  llvm::IntegerType* i32;
  llvm::IntegerType* i64;
  llvm::StructType* typeDescTy;
  std::unordered_map<Type*, llvm::Type*> memTypes;
  std::unordered_map<std::string, llvm::GlobalVariable*> typeDescs;  // by type key

  llvm::Type* memType(Type* t);                          // the in-memory layout
  void flatTypes(Type* t, std::vector<llvm::Type*>& out);  // the SSA scalars
  size_t flatCount(Type* t);
  bool hasPointers(Type* t);
  uint64_t sizeOf(Type* t);
  uint64_t alignOf(Type* t);
  std::string typeKey(Type* t);   // identity string, unique per identical type
  std::string typeName(Type* t);  // as %T prints it
  llvm::Constant* typeDesc(Type* t);
  llvm::Constant* itab(Type* concrete, Type* iface);
  struct TypeDescFields {
    uint64_t size = 0, ptrdata = 0, len = 0;
    llvm::Constant *gcmask, *str, *elem, *key, *fields, *methods;
    uint32_t nmethods = 0, hash = 0;
    uint8_t kind = 0, align = 1, flags = 0;
  };
  struct MethodEntry {
    Func* func;
    std::vector<int> index;  // embedded-field path, then the method's index
    bool indirect;
  };
  std::unordered_map<std::string, llvm::Constant*> cstrings;
  llvm::Constant* cstring(const std::string& s);
  std::pair<llvm::Constant*, uint64_t> gcMask(llvm::Type* layout);
  bool isRegularMemory(Type* t);
  llvm::Constant* makeTypeDesc(const TypeDescFields& f);
  llvm::Constant* signatureDesc(Signature* sig);
  std::vector<MethodEntry> methodSet(Type* t);
  struct PendingMethodTable {
    Type* type;
    llvm::GlobalVariable* desc;
    TypeDescFields fields;  // all but the method table
    size_t listed;          // methods in the table made last
  };
  std::vector<PendingMethodTable> pendingMethodTables;
  std::set<std::string> usedMethodNames{"Error", "String"};  // looked up in method tables
  std::unordered_set<std::string> boxedTypes;  // keys of the types whose values may sit in interfaces
  void markBoxed(Type* t);
  void listMethodsOf(Interface* it);  // itabs for it may be built at run time
  llvm::Value* runtimeItab(Type* iface, llvm::Value* dynType, Pos pos);
  bool finishMethodTables();
  llvm::Constant* methodWrapper(Type* t, const MethodEntry& m);

  // ---- values and memory (cg_value.cpp) ----
  Val load(Addr a);
  // Whole values of more scalars than this are not flattened: loading one is
  // reported as not supported (tooLarge) rather than compiled for minutes.
  static constexpr uint64_t kMaxValueScalars = rt::kMaxValueScalars;
  // Goroutine stacks are small and fixed (vm/stack.h): variables and
  // temporaries larger than this live on the heap even when they do not
  // escape (a frame larger than a stack's guard region would jump it).
  static constexpr uint64_t kMaxStackVar = 64 << 10;
  void tooLarge(Type* t);
  // Pointer masks are static bitmaps of a bit per word (gcMask): larger
  // objects holding pointers would need Go's GC programs.
  static constexpr uint64_t kMaxPointerObject = uint64_t{1} << 30;
  void unsupportedAt(Pos pos, const std::string& what);
  std::vector<Diagnostic> diagnostics;
  void store(Addr a, const Val& v, bool barrier = true);
  Val zero(Type* t);
  Addr field(Addr a, int index);
  Addr element(Addr a, llvm::Value* index);
  llvm::Value* heapAlloc(Type* t);  // new(T): zeroed, ptr addrspace(1)
  // new(T) for a site the escape analysis keeps on the stack: a zeroed
  // stack slot, addressed as a GC reference (the collector ignores it).
  llvm::Value* stackAlloc(Type* t);
  llvm::Value* stackArray(Type* elem, int64_t n);
  // p as a GC reference: stack addresses (addrspace 0) are converted.
  llvm::Value* asReference(llvm::Value* p);
  bool onStack(Expr* site) const;
  struct ChanElem {
    llvm::Value* ptr;
    bool boxed;  // a heap object (ptr addrspace(1)), else a frame slot
  };
  ChanElem chanElemHome(Type* elem);
  void send(Expr* ch, Expr* value, Pos pos);
  void selectStmt(SelectStmt* s);
  Val constant(Type* t, const Value& v);
  llvm::Value* stringConst(std::string_view s, llvm::Value** len);
  Val convertValue(Val v, Type* from, Type* to);  // assignability conversions (to interfaces)
  Val toIface(Val v, Type* from, Type* iface);
  llvm::Value* smallIntBox(const Val& v, Type* from);
  llvm::GlobalVariable* staticUint64s = nullptr;

  // ---- runtime interface (cg_runtime.cpp) ----
  llvm::FunctionCallee rt(const char* name);
  llvm::CallInst* call(llvm::FunctionCallee f, llvm::ArrayRef<llvm::Value*> args, Pos pos);
  // The branch to the poll's slow path; an entry poll also checks the stack bound.
  llvm::BranchInst* safepointPoll(Pos pos, bool entry = false);
  void dropLeafEntryPoll(llvm::Function* fn, llvm::BranchInst* poll);
  uint64_t sitePos(Pos pos);  // the statepoint id for a call site at pos
  std::vector<Pos> sites;
  std::vector<std::string> siteFuncs;  // the function name of each site
  std::vector<bool> siteWrappers;      // whether each site is in a method wrapper
  std::unordered_map<Expr*, Val> evaluated;  // synthetic names for values computed already
  Pos currentPos;                      // position of the statement being generated

  // ---- functions (cg_func.cpp) ----
  std::unordered_map<Func*, llvm::Function*> funcs;
  std::unique_ptr<struct EscapeInfo> escapes;     // of the outermost function being generated
  std::unique_ptr<struct EscapeSummaries> escapeSummaries;  // of every function, for the analysis of each
  std::vector<Var*>* pendingCaptures = nullptr;  // captures of the literal whose body is generated next
  std::string pendingName;                       // traceback name of the function generated next
  std::vector<std::pair<llvm::GlobalVariable*, Type*>> pointerGlobals;  // GC roots
  void declareVar(Var* v, const Val* init);
  VarInfo& varHome(Var* v);
  llvm::GlobalVariable* globalVar(Var* v);
  llvm::Value* resultHomeSlot(llvm::Value* frame, size_t i);
  // frameLayout: the literal is deferred at once and its closure may be a
  // stack object (FuncState::deferClosuresInFrame); receives the layout the
  // defer record needs, or null if the closure is static.
  Val funcLit(FuncLit* lit, llvm::StructType** frameLayout = nullptr);
  llvm::Constant* rawTypeDesc(llvm::StructType* layout);  // a descriptor for a runtime-internal layout
  llvm::Function* function(Func* f);
  std::vector<Func*> pendingBodies;  // declared functions whose bodies are still to be generated
  bool atomicBody(const std::string& name, llvm::Function* fn);
  void nativeBody(Func* f, llvm::Function* fn);
  std::string symbolName(Func* f);
  llvm::FunctionType* funcType(Signature* sig, bool method);
  void genFuncBody(llvm::Function* fn, Signature* sig, Field* recv, FuncType* ftype, BlockStmt* body, Var* recvVar);
  llvm::Value* funcValue(Func* f);  // a closure for a top-level function
  llvm::GlobalVariable* staticClosure(const std::string& name, llvm::Function* fn);
  // Static initialization of package-level variables (cg_static.cpp).
  llvm::Constant* staticValue(Expr* e, Type* t);
  llvm::Constant* staticComposite(CompositeLit* lit, Type* t);
  llvm::Constant* staticPointerTo(CompositeLit* lit, Type* base);
  llvm::Constant* staticInterface(Expr* e, Type* t);
  llvm::Constant* packConstant(Type* t, const Val& v);
  llvm::GlobalVariable* staticObject(llvm::Constant* init);
  llvm::Value* staticMap(CompositeLit* lit, Type* t);
  void findWrittenVars();
  std::unordered_set<Var*> writtenVars;  // variables some code assigns, addresses or slices
  std::unordered_map<Var*, llvm::Constant*> staticVars;  // package variables initialized statically: their values
  Package* staticInitPkg = nullptr;  // the package whose variable staticValue is initializing

  // ---- expressions (cg_expr.cpp) ----
  Val expr(Expr* e);
  Addr addr(Expr* e);
  // The nil or bounds check of an assignment target's outermost indirection
  // or index (len null: a nil check of value). A tuple assignment performs
  // it when it assigns that target, after the targets before it (Go's order:
  // m[k], *p = 1, 2 with p nil stores m[k] first); addr leaves it pending in
  // *targetChecks when that is set.
  struct PendingCheck {
    llvm::Value* value;
    llvm::Value* len;
    Type* indexType;
    Pos pos;
  };
  std::vector<PendingCheck>* targetChecks = nullptr;
  void runCheck(const PendingCheck& c);
  void checkOrDefer(std::vector<PendingCheck>* pending, const PendingCheck& c);  // runs c unless pending
  Val exprAs(Expr* e, Type* target);  // evaluates e and converts it to target (assignability)
  llvm::Value* cond(Expr* e);         // an i1
  Func* runtimeFunc(const char* name);  // a function of package runtime (panic helpers)
  void panicCall(const char* name, std::vector<llvm::Value*> args, Pos pos);
  void check(llvm::Value* failed, const char* name, std::vector<llvm::Value*> args, Pos pos);
  void nilCheck(llvm::Value* p, Pos pos);
  llvm::Value* toInt64(llvm::Value* v, Type* t);
  llvm::Value* floatToInt(llvm::Value* x, Type* to);
  void boundsCheck(llvm::Value* i, Type* it, llvm::Value* n, Pos pos);
  Val nameValue(Name* n);
  Val extractField(const Val& v, Type* structType, int index);
  bool addressable(Expr* e);
  Addr fieldAddr(SelectorExpr* s, std::vector<PendingCheck>* pending = nullptr);
  Val selector(SelectorExpr* s);
  Val index(IndexExpr* ix);
  llvm::Value* entryAlloca(llvm::Type* t);
  Val sliceExpr(SliceExpr* s);
  Val unary(Operation* o);
  llvm::Value* compare(Op op, const Val& x, const Val& y, Type* t);
  llvm::Value* stringsEqual(const Val& x, const Val& y);
  bool comparisonCanPanic(Type* t);
  llvm::Value* dynType(llvm::Value* tab);
  Val binary(Operation* o);
  Val arith(Op op, const Val& x, const Val& y, Type* t, Pos pos);
  Val concatStrings(Operation* o);
  Val shift(Operation* o);
  Val shiftValues(Op op, llvm::Value* l, Type* t, llvm::Value* r, Type* rt, Pos pos);
  Val conversion(Expr* arg, Type* to);
  Val assertExpr(AssertExpr* a, llvm::Value** ok);
  void failAssert(llvm::Value* good, llvm::Value* dyn, Type* T, Type* iface, Pos pos);
  Val unbox(llvm::Value* data, Type* T);

  // ---- calls, composite literals, maps (cg_call.cpp) ----
  std::vector<Val> splitResults(llvm::Value* r, Signature* sig);
  std::vector<llvm::Value*> callArgs(CallExpr* c, Signature* sig);
  Signature* callSignature(CallExpr* c);
  Val receiver(SelectorExpr* s, Func* m, Type** recvType = nullptr);
  void panicwrapCheck(llvm::Value* ptr, Named* base, Func* m, Pos pos);
  std::pair<llvm::Value*, llvm::FunctionType*> interfaceMethod(const Val& x, Type* iface, Func* m, Pos pos);
  PreparedCall prepareCall(CallExpr* c);
  llvm::Value* emitCall(const PreparedCall& pc, Pos pos);
  llvm::Value* callValue(CallExpr* c);
  Val callExpr(CallExpr* c);
  Val methodValue(SelectorExpr* s);
  Val methodExpr(SelectorExpr* s);
  Val compositeLit(CompositeLit* lit);
  bool isStaticLiteral(Expr* e, Type* t);
  Val elemValue(Expr* e, Type* t);
  llvm::Value* mapKeyCall(const std::string& fn, Type* mapType, llvm::Value* m, const Val& k, Pos pos);
  llvm::Value* mapAssignSlot(Type* mapType, llvm::Value* m, const Val& k, Pos pos);
  llvm::Value* mapLookup(Type* mapType, llvm::Value* m, const Val& k, Pos pos);
  Val mapIndex(IndexExpr* ix, llvm::Value** ok);
  Val recv(Operation* o, llvm::Value** ok);
  // The values a select received for its chosen case's receive, which the
  // case's statement then assigns as if it had received them itself.
  std::unordered_map<const Operation*, std::pair<Val, llvm::Value*>> selectedRecv;

  // ---- builtins (cg_builtin.cpp) ----
  Val builtinCall(CallExpr* c);
  void printValue(const Val& v, Type* t);
  Val append(CallExpr* c);

  // ---- statements (cg_stmt.cpp, cg_defer.cpp, cg_order.cpp) ----
  struct Target;
  // What one statement evaluates ahead of the rest (cg_order.cpp), kept in
  // evaluated until the statement's code is generated.
  class StmtOrder {
   public:
    explicit StmtOrder(CodeGen& cg) : cg_(cg) {}
    StmtOrder(const StmtOrder&) = delete;
    StmtOrder& operator=(const StmtOrder&) = delete;
    ~StmtOrder();
    // Evaluates the parts of e that gc evaluates ahead, and e itself if self.
    void operands(Expr* e, bool self);

   private:
    CodeGen& cg_;
    std::vector<Expr*> ahead_;
  };
  // e evaluated as an operand of a statement of its own: what gc's order
  // pass evaluates ahead first (cg_order.cpp), then e, converted to t if
  // t is not null.
  Val orderedExpr(Expr* e, Type* t);
  void stmt(Stmt* s);
  void block(std::span<Stmt*> list);
  FuncState::Target* targetFor(Stmt* s);
  void declStmt(DeclStmt* s);
  std::vector<Val> rhsValues(std::span<Expr*> rhs, size_t n, const std::function<Type*(size_t)>& lhsType);
  Target lhsTarget(Expr* e);
  void assignTo(Target& t, const Val& v, Pos pos);
  Val targetValue(Target& t, Pos pos);
  void assignStmt(AssignStmt* s);
  void ifStmt(IfStmt* s);
  void loopBody(ForStmt* s, llvm::BasicBlock* done, llvm::BasicBlock* post);
  void forStmt(ForStmt* s);
  void rangeStmt(ForStmt* s, RangeClause* r);
  void switchStmt(SwitchStmt* s);
  void typeSwitch(SwitchStmt* s, TypeSwitchGuard* g);
  std::vector<llvm::BasicBlock*> caseDispatch(SwitchStmt* s, llvm::BasicBlock* done,
                                               const std::function<llvm::Value*(Expr*)>& match);
  void returnStmt(ReturnStmt* s);
  void branchStmt(BranchStmt* s);
  void callStmt(CallStmt* s);
  void deferBuiltin(CallExpr* c, bool go);
  void suspendCall(bool go, llvm::Value* clo, bool thunk, Pos pos, llvm::StructType* inFrame = nullptr);
  llvm::Value* thunkClosure(bool go, llvm::StructType* ty, Pos pos);
  llvm::BasicBlock* fallthroughTo = nullptr;  // the next case body of the switch being generated

  // ---- program (codegen.cpp) ----
  void genPackage(Package* pkg);
};

}  // namespace goji
