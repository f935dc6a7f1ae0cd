// Types, objects, scopes and packages: the checker's model of a Go program,
// shaped after Go's types2 so that the checker's rules and messages can follow
// types2 closely.
//
// Every Type and Object is allocated in the Program's arena (types and objects
// live as long as the compilation) and is trivially destructible; lists are
// spans. Types are compared by identity except where `identical` says
// otherwise. A Named type's underlying type is resolved lazily (`under`),
// which reports invalid recursive types.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "compiler/constant.h"

namespace goji {

struct Object;
struct TypeName;
struct Var;
struct Func;
struct Scope;
struct Package;
class Checker;

// ---------------------------------------------------------------------------
// Types

enum class TypeKind : uint8_t { Basic, Pointer, Array, Slice, Struct, Tuple, Signature, Interface, Map, Chan, Named };

struct Type {
  TypeKind kind;

  template <typename T>
  bool is() const { return kind == T::kKind; }
  template <typename T>
  T* as() { return kind == T::kKind ? static_cast<T*>(this) : nullptr; }
  template <typename T>
  const T* as() const { return kind == T::kKind ? static_cast<const T*>(this) : nullptr; }
};

enum class BasicKind : uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
  Count,
  // aliases
  Byte = Uint8,
  Rune = Int32,
};

enum BasicInfo : uint16_t {
  IsBoolean = 1 << 0,
  IsInteger = 1 << 1,
  IsUnsigned = 1 << 2,
  IsFloat = 1 << 3,
  IsComplex = 1 << 4,
  IsString = 1 << 5,
  IsUntyped = 1 << 6,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
};

struct Basic : Type {
  static constexpr TypeKind kKind = TypeKind::Basic;
  BasicKind bkind;
  uint16_t info;
  std::string_view name;
};

struct Pointer : Type {
  static constexpr TypeKind kKind = TypeKind::Pointer;
  Type* base;
};

struct Array : Type {
  static constexpr TypeKind kKind = TypeKind::Array;
  int64_t len;  // < 0 if unknown (error)
  Type* elem;
};

struct Slice : Type {
  static constexpr TypeKind kKind = TypeKind::Slice;
  Type* elem;
};

struct Struct : Type {
  static constexpr TypeKind kKind = TypeKind::Struct;
  std::span<Var*> fields;
  bool setUp = false;  // fields is final: a literal of the struct before that is a cycle
};

struct Tuple : Type {
  static constexpr TypeKind kKind = TypeKind::Tuple;
  std::span<Var*> vars;
};

struct Signature : Type {
  static constexpr TypeKind kKind = TypeKind::Signature;
  Scope* scope = nullptr;   // function scope, for package-local signatures
  Var* recv = nullptr;      // nil if not a method
  Tuple* params = nullptr;  // nil means ()
  Tuple* results = nullptr;
  bool variadic = false;
};

struct Interface : Type {
  static constexpr TypeKind kKind = TypeKind::Interface;
  std::span<Func*> methods;    // explicitly declared methods, ordered by name
  std::span<Type*> embeddeds;  // explicitly embedded interfaces
  std::span<Pos> embedPos;     // positions of embedded elements (for errors)
  bool complete = false;
  Checker* check = nullptr;  // computes the method set lazily
  // The method set, computed lazily by typeSet(): all methods sorted by name.
  bool tsetComputed = false;
  bool tsetComputing = false;
  std::span<Func*> allMethods;
};

struct Map : Type {
  static constexpr TypeKind kKind = TypeKind::Map;
  Type* key;
  Type* elem;
};

enum class ChanDirection : uint8_t { SendRecv, SendOnly, RecvOnly };

struct Chan : Type {
  static constexpr TypeKind kKind = TypeKind::Chan;
  ChanDirection dir;
  Type* elem;
};

struct Named : Type {
  static constexpr TypeKind kKind = TypeKind::Named;
  Checker* check = nullptr;  // for lazy resolution of the underlying type
  TypeName* obj;
  Type* fromRHS = nullptr;     // type (on RHS of declaration) this named type is derived from
  Type* underlying = nullptr;  // possibly a Named during setup; never a Named once set up
  std::span<Func*> methods;
};

// ---------------------------------------------------------------------------
// Objects

enum class ObjKind : uint8_t { PkgName, Const, TypeName, Var, Func, Label, Builtin, Nil };

// Color for the object dependency graph walk (types2's color): white and
// black mark unprocessed and done; grey + i means "on the path at index i".
using Color = uint32_t;
constexpr Color kWhite = 0, kBlack = 1, kGrey = 2;

enum class BuiltinId : uint8_t {
  Append,
  Cap,
  Close,
  Complex,
  Copy,
  Delete,
  Imag,
  Len,
  Make,
  New,
  Panic,
  Print,
  Println,
  Real,
  Recover,
  Count
};

struct Object {
  ObjKind kind;
  Scope* parent = nullptr;
  Pos pos;
  Package* pkg = nullptr;
  std::string_view name;
  Type* type = nullptr;
  uint32_t order = 0;  // package-level declaration order, or 0
  Color color = kWhite;
  Pos scopePos;  // start of the object's scope, for LookupParent
  bool unsupported = false;  // predeclared names outside goji's subset (complex numbers)

  template <typename T>
  bool is() const { return kind == T::kKind; }
  template <typename T>
  T* as() { return kind == T::kKind ? static_cast<T*>(this) : nullptr; }
  bool exported() const;
};

struct PkgName : Object {
  static constexpr ObjKind kKind = ObjKind::PkgName;
  Package* imported;
  bool used = false;
};

struct Const : Object {
  static constexpr ObjKind kKind = ObjKind::Const;
  const Value* val = nullptr;
};

struct TypeName : Object {
  static constexpr ObjKind kKind = ObjKind::TypeName;
  bool isAlias() const;
};

struct Var : Object {
  static constexpr ObjKind kKind = ObjKind::Var;
  bool embedded = false;  // embedded struct field
  bool isField = false;
  bool used = false;
  bool isParam = false;
  bool captured = false;  // used by a closure (set by the checker for codegen)
};

struct Func : Object {
  static constexpr ObjKind kKind = ObjKind::Func;
  bool hasPtrRecv = false;
  FuncDecl* decl = nullptr;
  Signature* sig() const { return static_cast<Signature*>(type); }
};

struct Label : Object {
  static constexpr ObjKind kKind = ObjKind::Label;
  bool used = false;
};

struct Builtin : Object {
  static constexpr ObjKind kKind = ObjKind::Builtin;
  BuiltinId id;
};

struct Nil : Object {
  static constexpr ObjKind kKind = ObjKind::Nil;
};

// A selector expression's meaning (types2 Selection).
enum class SelectionKind : uint8_t { FieldVal, MethodVal, MethodExpr };

struct Selection {
  SelectionKind kind;
  Type* recv;               // type of x in x.f
  Object* obj;              // the field (Var) or method (Func)
  std::span<int> index;     // path of embedded field indices, then the field/method index
  bool indirect;            // a pointer indirection was needed to reach the field or method
};

// Result of looking a name up in a type's fields and methods.
struct LookupResult {
  Object* obj = nullptr;
  std::vector<int> index;  // non-empty with obj == nullptr: ambiguous
  bool indirect = false;   // with obj == nullptr: a pointer receiver is required
};
LookupResult lookupFieldOrMethod(Type* T, bool addressable, Package* pkg, std::string_view name,
                                 bool foldCase = false);

// ---------------------------------------------------------------------------
// Scopes and packages

struct Scope {
  Scope* parent = nullptr;
  std::vector<Scope*> children;
  Pos pos, end;
  std::string comment;
  bool isFunc = false;

  Object* lookup(std::string_view name) const;
  // Looks name up in s and its parents; only objects whose scopePos is at or
  // before pos count when pos is known.
  Object* lookupParent(std::string_view name, Pos pos, Scope** where = nullptr) const;
  // Inserts obj unless an object of that name exists; returns the existing one.
  Object* insert(Object* obj);
  void insertRaw(std::string_view name, Object* obj);
  size_t size() const { return order_.size(); }
  // Objects in insertion order.
  const std::vector<Object*>& objects() const { return order_; }

 private:
  std::unordered_map<std::string_view, Object*> elems_;
  std::vector<Object*> order_;
};

struct Package {
  std::string path;
  std::string name;
  Scope* scope = nullptr;
  std::vector<Package*> imports;
  bool complete = false;
  bool fake = false;  // failed import: scope not populated
  // The checker that owns the package's objects. Imported packages are
  // checked lazily: an object is declared when another package first uses it.
  Checker* checker = nullptr;
  // For code generation (set when the package was checked with bodies):
  // package-level variable initializers in initialization order, and the
  // init functions in source order.
  std::vector<std::pair<std::vector<Var*>, Expr*>> inits;
  std::vector<FuncDecl*> initFuncs;
};

// ---------------------------------------------------------------------------
// The universe

struct Universe {
  Scope* scope;
  Basic* typ[static_cast<int>(BasicKind::Count)];
  Basic* byteType;
  Basic* runeType;
  Type* errorType;       // the Named type error
  Type* anyType;         // the Interface `any` denotes (printed as "any")
  Interface* emptyInterface;
  Object* iota;
  Object* anyObj;
  Object* comparable;
  Func* errorMethod;
};

const Universe& universe();
inline Basic* basicType(BasicKind k) { return universe().typ[static_cast<int>(k)]; }
inline Basic* invalidType() { return basicType(BasicKind::Invalid); }

// ---------------------------------------------------------------------------
// Predicates and helpers (predicates.cpp, typestring.cpp)

Type* under(Type* t);  // the underlying type (resolving Named types)
bool isValid(Type* t);
bool isNamed(Type* t);  // a defined or basic type
bool isBoolean(Type* t);
bool isInteger(Type* t);
bool isUnsigned(Type* t);
bool isFloat(Type* t);
bool isNumeric(Type* t);
bool isString(Type* t);
bool isIntegerOrFloat(Type* t);
bool isConstType(Type* t);
bool isTyped(Type* t);
bool isUntyped(Type* t);
bool isInterface(Type* t);
bool isTypeParam(Type* t);
bool hasNil(Type* t);
bool comparable(Type* t, bool dynamic);
// All methods of an interface (embedded ones included), sorted by name.
std::span<Func*> allMethods(Interface* t);
bool sameId(Object* obj, Package* pkg, std::string_view name);
bool identical(Type* x, Type* y);
bool identicalIgnoreTags(Type* x, Type* y);
bool allBasic(Type* t, uint16_t info);
Type* defaultType(Type* t);  // the default type of an untyped type
Type* coreType(Type* t);
Type* coreString(Type* t);
inline bool isBasic(Type* t, uint16_t info) {
  Basic* b = under(t)->as<Basic>();
  return b && (b->info & info) != 0;
}

// A function that qualifies package-level names in type strings: returns ""
// for the package being checked, else the package name (or quoted path).
using Qualifier = std::function<std::string(const Package*)>;
std::string typeString(Type* t, const Qualifier& qf);
void writeSignature(std::string& out, Signature* sig, const Qualifier& qf);
std::string objectString(Object* obj, const Qualifier& qf);

bool isExported(std::string_view name);

}  // namespace goji
