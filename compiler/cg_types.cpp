// Types in generated code: LLVM layouts, flattening, sizes, identity keys,
// the type names %T prints, and type descriptors (vm/abi.h).
#include <algorithm>
#include <cstring>

#include "compiler/cg.h"
#include "vm/abi.h"

namespace goji {

namespace {

bool isBool(Type* t) { return under(t)->is<Basic>() && (under(t)->as<Basic>()->info & IsBoolean); }

}  // namespace

llvm::Type* CodeGen::memType(Type* t) {
  if (auto it = memTypes.find(t); it != memTypes.end()) return it->second;
  if (isUntyped(t) && t != basicType(BasicKind::UntypedNil)) return memType(defaultType(t));
  Type* u = under(t);
  llvm::Type* r = nullptr;
  switch (u->kind) {
    case TypeKind::Basic:
      switch (u->as<Basic>()->bkind) {
        case BasicKind::Bool:
        case BasicKind::Int8:
        case BasicKind::Uint8: r = i8; break;
        case BasicKind::Int16:
        case BasicKind::Uint16: r = b.getInt16Ty(); break;
        case BasicKind::Int32:
        case BasicKind::Uint32: r = i32; break;
        case BasicKind::Float32: r = b.getFloatTy(); break;
        case BasicKind::Float64: r = b.getDoubleTy(); break;
        case BasicKind::String: r = llvm::StructType::get(ctx, {gcPtr, i64}); break;
        case BasicKind::UnsafePointer: r = gcPtr; break;
        default: r = i64;
      }
      break;
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature: r = gcPtr; break;
    case TypeKind::Slice: r = llvm::StructType::get(ctx, {gcPtr, i64, i64}); break;
    case TypeKind::Interface: r = llvm::StructType::get(ctx, {rawPtr, gcPtr}); break;
    case TypeKind::Array: {
      Array* a = u->as<Array>();
      r = llvm::ArrayType::get(memType(a->elem), static_cast<uint64_t>(std::max<int64_t>(a->len, 0)));
      break;
    }
    case TypeKind::Struct: {
      std::vector<llvm::Type*> fields;
      for (Var* f : u->as<Struct>()->fields) fields.push_back(memType(f->type));
      // As gc: a zero-sized last field of a non-zero-sized struct gets a
      // byte of padding, so that its address stays inside the object.
      const llvm::DataLayout& dl = mod->getDataLayout();
      if (!fields.empty() && dl.getTypeAllocSize(fields.back()) == 0 &&
          dl.getTypeAllocSize(llvm::StructType::get(ctx, fields)) > 0) {
        fields.push_back(llvm::Type::getInt8Ty(ctx));
      }
      r = llvm::StructType::get(ctx, fields);
      break;
    }
    case TypeKind::Tuple: {
      std::vector<llvm::Type*> fields;
      for (Var* v : u->as<Tuple>()->vars) fields.push_back(memType(v->type));
      r = llvm::StructType::get(ctx, fields);
      break;
    }
    default: r = i64;
  }
  memTypes[t] = r;
  return r;
}

void CodeGen::flatTypes(Type* t, std::vector<llvm::Type*>& out) {
  if (isUntyped(t) && t != basicType(BasicKind::UntypedNil)) t = defaultType(t);
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic:
      if (isBool(u)) {
        out.push_back(i1);
      } else if (u->as<Basic>()->bkind == BasicKind::String) {
        out.push_back(gcPtr);
        out.push_back(i64);
      } else {
        out.push_back(memType(u));
      }
      return;
    case TypeKind::Slice:
      out.push_back(gcPtr);
      out.push_back(i64);
      out.push_back(i64);
      return;
    case TypeKind::Interface:
      out.push_back(rawPtr);
      out.push_back(gcPtr);
      return;
    case TypeKind::Array: {
      Array* a = u->as<Array>();
      if (flatCount(a->elem) == 0) return;
      for (int64_t i = 0; i < a->len; i++) flatTypes(a->elem, out);
      return;
    }
    case TypeKind::Struct:
      for (Var* f : u->as<Struct>()->fields) flatTypes(f->type, out);
      return;
    case TypeKind::Tuple:
      for (Var* v : u->as<Tuple>()->vars) flatTypes(v->type, out);
      return;
    default: out.push_back(memType(u));
  }
}

size_t CodeGen::flatCount(Type* t) {
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Array: {
      auto n = static_cast<uint64_t>(u->as<Array>()->len);
      uint64_t each = flatCount(u->as<Array>()->elem);
      return each && n > (uint64_t{1} << 40) / each ? uint64_t{1} << 40 : n * each;  // saturates
    }
    case TypeKind::Struct: {
      size_t n = 0;
      for (Var* f : u->as<Struct>()->fields) n += flatCount(f->type);
      return n;
    }
    default: {
      std::vector<llvm::Type*> v;
      flatTypes(t, v);
      return v.size();
    }
  }
}

bool CodeGen::hasPointers(Type* t) {
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic: {
      BasicKind k = u->as<Basic>()->bkind;
      return k == BasicKind::String || k == BasicKind::UnsafePointer;
    }
    case TypeKind::Array: return u->as<Array>()->len > 0 && hasPointers(u->as<Array>()->elem);
    case TypeKind::Struct:
      for (Var* f : u->as<Struct>()->fields) {
        if (hasPointers(f->type)) return true;
      }
      return false;
    default: return true;
  }
}

uint64_t CodeGen::sizeOf(Type* t) { return mod->getDataLayout().getTypeAllocSize(memType(t)); }
uint64_t CodeGen::alignOf(Type* t) { return mod->getDataLayout().getABITypeAlign(memType(t)).value(); }

// ---------------------------------------------------------------------------
// Identity keys and names

namespace {

std::string localSuffix(TypeName* tn) {
  // Types declared inside functions are distinct per declaration.
  if (tn->parent && tn->pkg && tn->parent != tn->pkg->scope) {
    return "·" + std::to_string(tn->pos.line) + "." + std::to_string(tn->pos.col);
  }
  return "";
}

}  // namespace

std::string CodeGen::typeKey(Type* t) {
  switch (t->kind) {
    case TypeKind::Basic: {
      Basic* b = t->as<Basic>();
      if (b->bkind == BasicKind::Uint8) return "uint8";
      if (b->bkind == BasicKind::Int32) return "int32";
      return std::string(b->name);
    }
    case TypeKind::Named: {
      Named* n = t->as<Named>();
      if (!n->obj->pkg) return std::string(n->obj->name);  // error
      return n->obj->pkg->path + "." + std::string(n->obj->name) + localSuffix(n->obj);
    }
    case TypeKind::Pointer: return "*" + typeKey(t->as<Pointer>()->base);
    case TypeKind::Slice: return "[]" + typeKey(t->as<Slice>()->elem);
    case TypeKind::Array: return "[" + std::to_string(t->as<Array>()->len) + "]" + typeKey(t->as<Array>()->elem);
    case TypeKind::Map: return "map[" + typeKey(t->as<Map>()->key) + "]" + typeKey(t->as<Map>()->elem);
    case TypeKind::Chan: {
      Chan* c = t->as<Chan>();
      const char* p = c->dir == ChanDirection::SendOnly ? "chan<- " : c->dir == ChanDirection::RecvOnly ? "<-chan " : "chan ";
      return p + std::string("(") + typeKey(c->elem) + ")";
    }
    case TypeKind::Signature: {
      Signature* s = t->as<Signature>();
      std::string k = "func(";
      if (s->params) {
        for (size_t i = 0; i < s->params->vars.size(); i++) {
          if (i) k += ",";
          if (s->variadic && i + 1 == s->params->vars.size()) k += "...";
          k += typeKey(s->params->vars[i]->type);
        }
      }
      k += ")(";
      if (s->results) {
        for (size_t i = 0; i < s->results->vars.size(); i++) {
          if (i) k += ",";
          k += typeKey(s->results->vars[i]->type);
        }
      }
      return k + ")";
    }
    case TypeKind::Struct: {
      std::string k = "struct{";
      for (Var* f : t->as<Struct>()->fields) {
        if (f->embedded) k += "@";
        k += f->name;
        if (!isExported(f->name) && f->pkg) k += "#" + f->pkg->path;
        k += ' ';
        k += typeKey(f->type);
        k += ';';
      }
      return k + "}";
    }
    case TypeKind::Interface: {
      std::string k = "interface{";
      for (Func* m : allMethods(t->as<Interface>())) {
        k += m->name;
        if (!isExported(m->name) && m->pkg) k += "#" + m->pkg->path;
        Signature* s = m->sig();
        Signature plain = *s;
        plain.recv = nullptr;
        k += typeKey(&plain) + ";";
      }
      return k + "}";
    }
    case TypeKind::Tuple: {
      std::string k = "(";
      for (Var* v : t->as<Tuple>()->vars) k += typeKey(v->type) + ",";
      return k + ")";
    }
  }
  return "?";
}

std::string CodeGen::typeName(Type* t) {
  switch (t->kind) {
    case TypeKind::Basic: {
      Basic* b = t->as<Basic>();
      if (b->bkind == BasicKind::Uint8) return "uint8";
      if (b->bkind == BasicKind::Int32) return "int32";
      if (b->bkind == BasicKind::UnsafePointer) return "unsafe.Pointer";
      return std::string(b->name);
    }
    case TypeKind::Named: {
      Named* n = t->as<Named>();
      if (!n->obj->pkg) return std::string(n->obj->name);
      return n->obj->pkg->name + "." + std::string(n->obj->name);
    }
    case TypeKind::Pointer: return "*" + typeName(t->as<Pointer>()->base);
    case TypeKind::Slice: return "[]" + typeName(t->as<Slice>()->elem);
    case TypeKind::Array: return "[" + std::to_string(t->as<Array>()->len) + "]" + typeName(t->as<Array>()->elem);
    case TypeKind::Map: return "map[" + typeName(t->as<Map>()->key) + "]" + typeName(t->as<Map>()->elem);
    case TypeKind::Chan: {
      Chan* c = t->as<Chan>();
      std::string e = typeName(c->elem);
      if (c->dir == ChanDirection::SendOnly) return "chan<- " + e;
      if (c->dir == ChanDirection::RecvOnly) return "<-chan " + e;
      Chan* ec = c->elem->as<Chan>();
      if (ec && ec->dir == ChanDirection::RecvOnly) return "chan (" + e + ")";
      return "chan " + e;
    }
    case TypeKind::Signature: {
      Signature* s = t->as<Signature>();
      std::string k = "func(";
      if (s->params) {
        for (size_t i = 0; i < s->params->vars.size(); i++) {
          if (i) k += ", ";
          Type* pt = s->params->vars[i]->type;
          if (s->variadic && i + 1 == s->params->vars.size()) {
            k += "..." + typeName(pt->as<Slice>()->elem);
          } else {
            k += typeName(pt);
          }
        }
      }
      k += ")";
      if (s->results && !s->results->vars.empty()) {
        if (s->results->vars.size() == 1) {
          k += " " + typeName(s->results->vars[0]->type);
        } else {
          k += " (";
          for (size_t i = 0; i < s->results->vars.size(); i++) {
            if (i) k += ", ";
            k += typeName(s->results->vars[i]->type);
          }
          k += ")";
        }
      }
      return k;
    }
    case TypeKind::Struct: {
      std::span<Var*> fields = t->as<Struct>()->fields;
      if (fields.empty()) return "struct {}";
      std::string k = "struct { ";
      for (size_t i = 0; i < fields.size(); i++) {
        if (i) k += "; ";
        if (!fields[i]->embedded) k += std::string(fields[i]->name) + " ";
        k += typeName(fields[i]->type);
      }
      return k + " }";
    }
    case TypeKind::Interface: {
      std::span<Func*> ms = allMethods(t->as<Interface>());
      if (ms.empty()) return "interface {}";
      std::string k = "interface { ";
      for (size_t i = 0; i < ms.size(); i++) {
        if (i) k += "; ";
        Signature plain = *ms[i]->sig();
        plain.recv = nullptr;
        k += std::string(ms[i]->name) + typeName(&plain).substr(4);
      }
      return k + " }";
    }
    case TypeKind::Tuple: return "tuple";
  }
  return "?";
}

}  // namespace goji
